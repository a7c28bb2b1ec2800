import type { SimpleType } from './model';

/** What is wrong with a value, in terms of the XSD facet it breaks. */
export type ValueProblemKind = 'charset' | 'pattern' | 'length' | 'type' | 'range' | 'enumeration' | 'digits';

export interface ValueProblem {
  kind: ValueProblemKind;
  message: string;
  /** For 'charset': the first character outside the allowed set. */
  char?: string;
}

const regexCache = new Map<string, RegExp>();

/** Compiles an XSD pattern (implicitly anchored) to a JavaScript RegExp. */
export function xsdPatternToRegExp(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      re = new RegExp(`^(?:${pattern})$`); // an XSD escape that unicode mode rejects
    }
    regexCache.set(pattern, re);
  }
  return re;
}

const charClassCache = new Map<string, RegExp>();
/** For a pattern of the form "[...]*" (the RestrictedString character set): a RegExp matching one allowed character. */
function singleCharRegExp(pattern: string): RegExp | undefined {
  const m = /^(\[.*\])\*$/su.exec(pattern);
  if (!m) return undefined;
  let re = charClassCache.get(pattern);
  if (!re) {
    re = new RegExp(`^${m[1]}$`, 'u');
    charClassCache.set(pattern, re);
  }
  return re;
}

/** The first character of `text` that the RestrictedString pattern does not allow, or undefined. */
export function firstDisallowedChar(text: string, restrictedPattern: string): string | undefined {
  const one = singleCharRegExp(restrictedPattern);
  if (!one) return xsdPatternToRegExp(restrictedPattern).test(text) ? undefined : text[0];
  for (const ch of text) {
    if (!one.test(ch)) return ch;
  }
  return undefined;
}

/** Describes a character for a message: the character itself and its code point, e.g. "é" (U+00E9). */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || cp === 0x7f) return `a control character (${code})`;
  if (/\s/u.test(ch)) return `a ${cp === 0xa0 ? 'non-breaking space' : 'white-space character'} (${code})`;
  return `"${ch}" (${code})`;
}

const INT_RE = /^[+-]?\d+$/;
const DEC_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

function digitsOf(text: string): { total: number; fraction: number } {
  const t = text.replace(/^[+-]/, '');
  const [intPart = '', frac = ''] = t.split('.');
  const i = intPart.replace(/^0+/, '');
  const f = frac.replace(/0+$/, '');
  return { total: Math.max(1, i.length + f.length), fraction: f.length };
}

/**
 * Checks one value, as it would be written into the XML, against its XSD simple type.
 * Returns every facet it breaks (empty when the XSD would accept it).
 */
export function checkSimpleValue(text: string, type: SimpleType, restrictedPattern?: string): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const f = type.facets;
  const collapsed = type.base === 'string' ? text : text.trim();
  switch (type.base) {
    case 'int':
    case 'long': {
      if (!INT_RE.test(collapsed)) {
        problems.push({ kind: 'type', message: 'must be a whole number' });
        return problems;
      }
      const big = BigInt(collapsed);
      const lim = type.base === 'int' ? 2n ** 31n : 2n ** 63n;
      if (big < -lim || big >= lim) {
        problems.push({ kind: 'type', message: 'is too large a number' });
        return problems;
      }
      break;
    }
    case 'decimal':
      if (!DEC_RE.test(collapsed)) {
        problems.push({ kind: 'type', message: 'must be a number' });
        return problems;
      }
      break;
    case 'date': {
      const m = DATE_RE.exec(collapsed);
      if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!)) {
        problems.push({ kind: 'type', message: 'must be a real date written YYYY-MM-DD' });
        return problems;
      }
      break;
    }
    case 'dateTime': {
      const m = DATETIME_RE.exec(collapsed);
      if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!) || +m[4]! > 23 || +m[5]! > 59 || +m[6]! > 59) {
        problems.push({ kind: 'type', message: 'must be a date and time written YYYY-MM-DDThh:mm:ss' });
        return problems;
      }
      break;
    }
    case 'string':
      break;
  }
  if (type.base === 'int' || type.base === 'long' || type.base === 'decimal') {
    const n = Number(collapsed);
    const d = digitsOf(collapsed);
    if (f.totalDigits !== undefined && d.total > f.totalDigits) {
      problems.push({ kind: 'digits', message: `must have at most ${f.totalDigits} digit${f.totalDigits === 1 ? '' : 's'}` });
    }
    if (f.fractionDigits !== undefined && d.fraction > f.fractionDigits) {
      problems.push({ kind: 'digits', message: `must have at most ${f.fractionDigits} decimal place${f.fractionDigits === 1 ? '' : 's'}` });
    }
    if (f.minInclusive !== undefined && n < f.minInclusive) {
      problems.push({ kind: 'range', message: rangeMessage(f.minInclusive, f.maxInclusive) });
    } else if (f.maxInclusive !== undefined && n > f.maxInclusive) {
      problems.push({ kind: 'range', message: rangeMessage(f.minInclusive, f.maxInclusive) });
    }
  }
  if (type.base === 'string') {
    const len = [...text].length;
    if (f.length !== undefined && len !== f.length) {
      problems.push({ kind: 'length', message: `must be exactly ${f.length} character${f.length === 1 ? '' : 's'} long (it has ${len})` });
    }
    if (f.minLength !== undefined && len < f.minLength) {
      problems.push({ kind: 'length', message: `must be at least ${f.minLength} character${f.minLength === 1 ? '' : 's'} long` });
    }
    if (f.maxLength !== undefined && len > f.maxLength) {
      problems.push({ kind: 'length', message: `must be at most ${f.maxLength} characters long (it has ${len})` });
    }
    if (type.restrictedCharset && restrictedPattern) {
      const bad = firstDisallowedChar(text, restrictedPattern);
      if (bad !== undefined) {
        problems.push({ kind: 'charset', message: `contains ${describeChar(bad)}, which is not in the ILR character set`, char: bad });
      }
    }
  }
  // a character outside the set also breaks most patterns; the charset message is the one to act on
  const charsetReported = problems.some((p) => p.kind === 'charset');
  for (const p of f.patterns) {
    if (charsetReported) break;
    if (p === restrictedPattern && type.restrictedCharset) continue; // checked as 'charset' above
    if (!xsdPatternToRegExp(p).test(collapsed)) {
      problems.push({ kind: 'pattern', message: `does not match the required format ${p}` });
    }
  }
  if (f.enumeration && !f.enumeration.includes(collapsed)) {
    problems.push({ kind: 'enumeration', message: `must be ${f.enumeration.map((e) => `"${e}"`).join(' or ')}` });
  }
  return problems;
}

function rangeMessage(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  if (min !== undefined) return `must be at least ${min}`;
  return `must be at most ${max}`;
}
