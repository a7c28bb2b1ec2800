import fc from 'fast-check';
import type { IlrMessage, IlrRecord, Value } from '../../src/core/model/record';
import { xsdPatternToRegExp } from '../../src/core/schema/check-value';
import type { ElementDecl, SimpleType } from '../../src/core/schema/model';
import { layoutFor } from '../../src/core/sheet/layout';
import type { IlrYear } from '../../src/core/years/year';

/**
 * fast-check arbitraries for XSD-valid ILR messages, driven by a year's schema model (`year.schema.root`): every
 * element, its occurrences, its base type and facets (enumeration, length, pattern, range, digits) come from the XSD;
 * no field is named here. A sample of what it makes is validated with the system xmllint (libxml2) in the tests.
 *
 * Options for the workbook round trip (the workbook cannot hold everything the XSD allows, by design):
 * - `sheetSafe`: text without leading/trailing white space (the reader trims a cell and says so: Cell_Whitespace);
 *   records that the workbook joins by key get distinct keys (the layout's key columns say which, and numbers compare
 *   as numbers: "01" is 1); a header value that the Return sheet shows once (UKPRN in Source and LearningProvider) is
 *   the same in every place; an optional single child (e.g. LearnerHE) is never empty (an empty element has no cell).
 */

export interface ArbitraryOptions {
  sheetSafe?: boolean;
  /** Most records of a repeating element (default 2); the top-level repeats (Learner …) get `topRepeats`. */
  repeats?: number;
  topRepeats?: number;
}

/** XML 1.0 Char: what a document can carry at all (an XSD-valid message is a well-formed document first). */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const codePoints = (s: string) => [...s].length;

function lengthBounds(t: SimpleType): { lo: number; hi: number } {
  const f = t.facets;
  const lo = f.length ?? f.minLength ?? 0;
  const hi = f.length ?? f.maxLength ?? Math.max(lo, 40);
  return { lo, hi };
}

/** `[...]*`: a character class repeated (the RestrictedString set). */
const CLASS_STAR = /^(\[.*\])\*$/su;

function stringArb(t: SimpleType, sheetSafe: boolean): fc.Arbitrary<string> {
  const f = t.facets;
  const regexes = f.patterns.map((p) => xsdPatternToRegExp(p));
  const { lo, hi } = lengthBounds(t);
  const own = f.patterns.find((p) => !CLASS_STAR.test(p));
  const star = f.patterns.find((p) => CLASS_STAR.test(p));
  const sources: fc.Arbitrary<string>[] = [];
  if (own) sources.push(fc.stringMatching(xsdPatternToRegExp(own)));
  else if (star) {
    const one = new RegExp(`^${CLASS_STAR.exec(star)![1]}$`, 'u');
    sources.push(fc.array(fc.stringMatching(one), { minLength: lo, maxLength: hi }).map((a) => a.join('')));
  }
  // Any Unicode text (names: "Müller", "Łukasz", "李") where the type has no character set of its own.
  if (!t.restrictedCharset) sources.push(fc.string({ unit: 'grapheme', minLength: lo, maxLength: hi }));
  if (!sources.length) sources.push(fc.string({ unit: 'grapheme-ascii', minLength: lo, maxLength: hi }));
  return fc
    .oneof(...sources)
    .map((s) => (sheetSafe ? s.trim() : s))
    .filter((s) => {
      const n = codePoints(s);
      if (n < lo || n > hi) return false;
      if (!XML_CHAR.test(s) || s.includes('\r')) return false; // a CR is normalised away by any XML parser
      if (sheetSafe && (s === '' || s.trim() !== s)) return false;
      return regexes.every((r) => r.test(s));
    });
}

function bounds(t: SimpleType): { min: bigint; max: bigint } {
  const f = t.facets;
  const typeMax = t.base === 'int' ? 2n ** 31n - 1n : 2n ** 63n - 1n;
  const typeMin = t.base === 'int' ? -(2n ** 31n) : -(2n ** 63n);
  const digitsMax = f.totalDigits !== undefined ? 10n ** BigInt(f.totalDigits) - 1n : typeMax;
  let max = digitsMax < typeMax ? digitsMax : typeMax;
  let min = f.totalDigits !== undefined ? -digitsMax : typeMin;
  if (f.maxInclusive !== undefined && BigInt(Math.floor(f.maxInclusive)) < max) max = BigInt(Math.floor(f.maxInclusive));
  if (f.minInclusive !== undefined && BigInt(Math.ceil(f.minInclusive)) > min) min = BigInt(Math.ceil(f.minInclusive));
  return { min, max };
}

/** Integers, sometimes in another lexical form the XSD accepts: leading zeros, a plus sign. */
function integerArb(t: SimpleType): fc.Arbitrary<string> {
  const { min, max } = bounds(t);
  return fc.tuple(fc.bigInt({ min, max }), fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'zero', 'plus')).map(([n, form]) => {
    const s = n.toString();
    if (form === 'zero') return n < 0n ? `-0${s.slice(1)}` : `0${s}`;
    if (form === 'plus' && n >= 0n) return `+${s}`;
    return s;
  }).filter((s) => {
    const td = t.facets.totalDigits;
    return td === undefined || s.replace(/^[+-]?0*/, '').length <= td;
  });
}

function decimalArb(t: SimpleType): fc.Arbitrary<string> {
  const f = t.facets;
  const fd = f.fractionDigits ?? 2;
  const scale = 10 ** fd;
  const min = Math.ceil((f.minInclusive ?? -1e6) * scale);
  const max = Math.floor((f.maxInclusive ?? 1e6) * scale);
  return fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([units, short]) => {
    const neg = units < 0;
    const a = Math.abs(units);
    const whole = Math.floor(a / scale);
    const frac = String(a % scale).padStart(fd, '0');
    let s = fd > 0 ? `${whole}.${frac}` : String(whole);
    if (short && fd > 0) s = s.replace(/\.?0+$/, ''); // "2.0" also as "2"
    return neg && s !== '0' ? `-${s}` : s;
  });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1800, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2199, 11, 31) / DAY_MS;

const dateArb: fc.Arbitrary<string> = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

const dateTimeArb: fc.Arbitrary<string> = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m, s]) => `${d}T${pad(h)}:${pad(m)}:${pad(s)}`);

/** A value of the simple type, as the XML would carry it. */
export function valueArb(t: SimpleType, sheetSafe = false): fc.Arbitrary<string> {
  if (t.facets.enumeration?.length) return fc.constantFrom(...t.facets.enumeration);
  switch (t.base) {
    case 'int':
    case 'long':
      return integerArb(t);
    case 'decimal':
      return decimalArb(t);
    case 'date':
      return dateArb;
    case 'dateTime':
      return dateTimeArb;
    default:
      return stringArb(t, sheetSafe);
  }
}

/** Records of one element: which of their repeating children must have distinct keys (from the workbook layout). */
function keyFieldsOf(year: IlrYear): Map<string, { field: string; simple: SimpleType }> {
  const out = new Map<string, { field: string; simple: SimpleType }>();
  const layout = layoutFor(year);
  for (const s of layout.sheets) {
    s.keys.forEach((k) => {
      const anc = s.ancestors[k.level];
      if (anc && k.path.length === 1) out.set(['Message', ...anc.path].join('/'), { field: k.path[0]!, simple: k.simple });
    });
    const mp = s.mergedParent?.columns[0];
    if (s.mergedParent && mp && mp.path.length === 1) out.set(`Message/${s.mergedParent.path}`, { field: mp.path[0]!, simple: mp.simple });
  }
  return out;
}

function keyOf(rec: IlrRecord, key: { field: string; simple: SimpleType }): string {
  const t = rec.fields[key.field]?.text ?? '';
  if ((key.simple.base === 'int' || key.simple.base === 'long') && /^[+-]?\d+$/.test(t)) return String(BigInt(t));
  return t;
}

interface Ctx {
  opts: Required<ArbitraryOptions>;
  keys: Map<string, { field: string; simple: SimpleType }>;
}

function recordArb(decl: ElementDecl, path: string, ctx: Ctx, depth: number): fc.Arbitrary<IlrRecord> {
  const parts: fc.Arbitrary<[string, Value | IlrRecord[] | undefined]>[] = [];
  for (const c of decl.children ?? []) {
    const cpath = `${path}/${c.name}`;
    if (c.simple) {
      const v = valueArb(c.simple, ctx.opts.sheetSafe).map((text): Value => ({ text }));
      parts.push((c.minOccurs > 0 ? v : fc.option(v, { nil: undefined })).map((x) => [c.name, x] as [string, Value | undefined]));
      continue;
    }
    const cap = depth === 0 ? ctx.opts.topRepeats : ctx.opts.repeats;
    const maxLength = Math.max(c.minOccurs, Math.min(c.maxOccurs, cap));
    const inner = recordArb(c, cpath, ctx, depth + 1);
    const key = ctx.opts.sheetSafe ? ctx.keys.get(cpath) : undefined;
    const list = key
      ? fc.uniqueArray(inner, { minLength: c.minOccurs, maxLength, selector: (r) => keyOf(r, key) })
      : fc.array(inner, { minLength: c.minOccurs, maxLength });
    parts.push(list.map((l) => [c.name, l] as [string, IlrRecord[]]));
  }
  return fc.tuple(...parts).map((entries) => {
    const rec: IlrRecord = { name: decl.name, fields: {}, children: {} };
    for (const [name, v] of entries) {
      if (v === undefined) continue;
      if (Array.isArray(v)) {
        if (v.length) rec.children[name] = v;
      } else rec.fields[name] = v;
    }
    return rec;
  }).filter((rec) => !ctx.opts.sheetSafe || decl.maxOccurs > 1 || depth === 0 || !isEmpty(rec));
}

function isEmpty(rec: IlrRecord): boolean {
  return Object.keys(rec.fields).length === 0 && Object.keys(rec.children).length === 0;
}

/** Puts the Return sheet's one value into every place it goes (UKPRN in Source and LearningProvider). */
function sameReturnValues(year: IlrYear, root: IlrRecord): void {
  for (const f of layoutFor(year).returnFields) {
    if (f.paths.length < 2) continue;
    const at = (p: string[]) => {
      let r: IlrRecord | undefined = root;
      for (const step of p.slice(0, -1)) r = r?.children[step]?.[0];
      return r;
    };
    const first = at(f.paths[0]!)?.fields[f.paths[0]![f.paths[0]!.length - 1]!];
    for (const p of f.paths.slice(1)) {
      const rec = at(p);
      if (!rec) continue;
      const name = p[p.length - 1]!;
      if (first) rec.fields[name] = { text: first.text };
      else delete rec.fields[name];
    }
  }
}

/** Random XSD-valid messages of the year. */
export function messageArb(year: IlrYear, options: ArbitraryOptions = {}): fc.Arbitrary<IlrMessage> {
  const ctx: Ctx = {
    opts: { sheetSafe: options.sheetSafe ?? false, repeats: options.repeats ?? 2, topRepeats: options.topRepeats ?? 3 },
    keys: keyFieldsOf(year),
  };
  return recordArb(year.schema.root, year.schema.root.name, ctx, 0).map((root) => {
    if (ctx.opts.sheetSafe) sameReturnValues(year, root);
    return { year, root };
  });
}

/** A record as plain data without locations, children lists sorted by nothing (order kept): for deep equality. */
export function plain(rec: IlrRecord): unknown {
  const fields: Record<string, string> = {};
  for (const k of Object.keys(rec.fields).sort()) fields[k] = rec.fields[k]!.text;
  const children: Record<string, unknown[]> = {};
  for (const k of Object.keys(rec.children).sort()) {
    const list = rec.children[k]!;
    if (list.length) children[k] = list.map(plain);
  }
  return { name: rec.name, fields, children };
}
