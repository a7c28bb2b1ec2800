import { cellToIso, serialToIso } from '../cells/excel-date';
import { describeChar, firstDisallowedChar } from '../schema/check-value';
import type { SimpleType } from '../schema/model';
import type { Severity } from '../rules/types';
import type { CellValue, Unreadable } from './table';
import { CELL_MAX_CHARS, isCellError } from './table';

/**
 * Turning one cell into the text the XML will carry, by the field's XSD base type. Every change other than
 * a format change (a date cell to YYYY-MM-DD, a number to its digits) is reported; nothing is dropped silently.
 * A value the XSD would reject for other reasons (an 11-digit ULN) is passed on as typed: the FD rules report it.
 */

export type CellRule =
  | 'Cell_FormulaError' | 'Cell_Uncalculated' | 'Cell_TooLong' | 'Cell_Encoding' | 'Cell_Damaged'
  | 'Cell_Date' | 'Cell_Number' | 'Cell_Charset' | 'Cell_Whitespace' | 'Cell_Text' | 'Cell_Tracking';

export interface CellProblem {
  rule: CellRule;
  severity: Severity;
  message: string;
}

export interface Coerced {
  /** The value for the model; undefined for a blank cell (or one that cannot be read). */
  text?: string;
  problems: CellProblem[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A number as the digits a person typed: integers without exponent or ".0"; others in the shortest exact form. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  // Excel keeps 15 significant digits: 0.1+0.2 shows as 0.3, so that is the value the user sees and means.
  const shown = Number(n.toPrecision(15));
  const s = String(shown);
  if (!/e/i.test(s)) return s;
  return shown.toLocaleString('en-GB', { useGrouping: false, maximumFractionDigits: 20 });
}

const NO_PROBLEMS: CellProblem[] = Object.freeze([]) as unknown as CellProblem[];

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function dateTimeOf(value: CellValue): { ok: true; text: string } | { ok: false; problem: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: 'is not a date and time' };
    return {
      ok: true,
      text: `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`,
    };
  }
  if (typeof value === 'number') {
    const d = serialToIso(value);
    if (!d.ok) return { ok: false, problem: d.problem };
    const secs = Math.round((value - Math.floor(value)) * 86_400);
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    const s = secs % 60;
    if (h >= 24) return { ok: true, text: `${d.iso}T23:59:59` };
    return { ok: true, text: `${d.iso}T${pad(h)}:${pad(m)}:${pad(s)}` };
  }
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(s)) return { ok: true, text: s };
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (uk) {
    const d = cellToIso(`${uk[1]}/${uk[2]}/${uk[3]}`);
    if (!d.ok) return { ok: false, problem: d.problem };
    return { ok: true, text: `${d.iso}T${pad(Number(uk[4]))}:${uk[5]}:${uk[6] ?? '00'}` };
  }
  const iso = /^(\d{4}-\d{2}-\d{2})[ ](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
  if (iso) return { ok: true, text: `${iso[1]}T${iso[2]!.length === 5 ? `${iso[2]}:00` : iso[2]}` };
  return { ok: false, problem: `"${s}" is not a date and time (use dd/mm/yyyy hh:mm:ss or a date cell)` };
}

function describeValue(v: CellValue): string {
  if (v instanceof Date) return 'a date';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `"${String(v)}"`;
}

/** The most characters a field can hold: its maxLength or length, or the bound of a pattern like [^0-9]{1,100}. */
export function maxCharsOf(simple: SimpleType): number | undefined {
  const f = simple.facets;
  if (f.maxLength !== undefined) return f.maxLength;
  if (f.length !== undefined) return f.length;
  let max: number | undefined;
  for (const p of f.patterns) {
    const m = /^(?:\[(?:[^\]\\]|\\.)*\]|\.|\\[a-zA-Z])\{\d+,(\d+)\}$/.exec(p);
    if (m) max = Math.min(max ?? Infinity, Number(m[1]));
  }
  return max;
}

/** The problem of a cell the reader could not take as it stands (never a blank: the value is not in the file). */
export function unreadableProblem(u: Unreadable, simple?: SimpleType): CellProblem {
  switch (u.kind) {
    case 'uncalculated':
      return { rule: 'Cell_Uncalculated', severity: 'error', message: 'formula without a calculated value: open and save in Excel, or type the value' };
    case 'long': {
      const max = simple ? maxCharsOf(simple) : undefined;
      const limit = max !== undefined ? `the most this field can hold is ${max}` : `the most an Excel cell can hold is ${CELL_MAX_CHARS.toLocaleString('en-GB')}`;
      return { rule: 'Cell_TooLong', severity: 'error', message: `is ${u.length.toLocaleString('en-GB')} characters long; ${limit}` };
    }
    case 'bytes':
      return { rule: 'Cell_Encoding', severity: 'error', message: `holds ${u.detail} that cannot be read as ${u.encoding} text; retype the value` };
    case 'damaged':
      return { rule: 'Cell_Damaged', severity: 'error', message: `cannot be read: ${u.detail}; retype the value` };
  }
}

/**
 * Coerces one cell for a field of the given XSD type.
 * @param restrictedPattern the year's RestrictedString pattern (for the character-set check on text fields)
 */
export function coerceCell(value: CellValue, simple: SimpleType, restrictedPattern?: string): Coerced {
  // The common cases first, without allocating: a clean number in a number field, clean text in a text field.
  if (typeof value === 'number' && Number.isFinite(value) && (simple.base === 'int' || simple.base === 'long' || simple.base === 'decimal')) {
    return { text: numberText(value), problems: NO_PROBLEMS };
  }
  if (typeof value === 'string' && simple.base === 'string' && value !== '' && value.trim() === value) {
    const ch = simple.restrictedCharset && restrictedPattern ? firstDisallowedChar(value, restrictedPattern) : undefined;
    if (ch === undefined && firstCharNotInXml(value) === undefined) return { text: value, problems: NO_PROBLEMS };
  }
  const problems: CellProblem[] = [];
  if (value === null || value === undefined || value === '') return { problems };
  if (isCellError(value)) {
    if (value.unreadable) {
      problems.push(unreadableProblem(value.unreadable, simple));
      return { problems };
    }
    problems.push({ rule: 'Cell_FormulaError', severity: 'error', message: `holds the formula error ${value.error}; correct the formula or type the value` });
    return { problems };
  }
  let raw: CellValue = value;
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if (trimmed === '') {
      problems.push({ rule: 'Cell_Whitespace', severity: 'warning', message: 'holds only spaces; treated as blank' });
      return { problems };
    }
    if (trimmed !== raw) {
      problems.push({ rule: 'Cell_Whitespace', severity: 'warning', message: 'leading/trailing spaces removed' });
      raw = trimmed;
    }
  }
  switch (simple.base) {
    case 'date': {
      const d = cellToIso(raw);
      if (!d.ok) {
        const problem = d.problem.startsWith('"') || /^\d/.test(d.problem) ? d.problem : `${describeValue(raw)} ${d.problem}`;
        problems.push({ rule: 'Cell_Date', severity: 'error', message: problem });
        return { problems };
      }
      return { text: d.iso, problems };
    }
    case 'dateTime': {
      const d = dateTimeOf(raw);
      if (!d.ok) {
        problems.push({ rule: 'Cell_Date', severity: 'error', message: d.problem });
        return { problems };
      }
      return { text: d.text, problems };
    }
    case 'int':
    case 'long':
    case 'decimal': {
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) {
          problems.push({ rule: 'Cell_Number', severity: 'error', message: 'is not a number' });
          return { problems };
        }
        return { text: numberText(raw), problems };
      }
      if (typeof raw === 'string') {
        if (!NUMBER_TEXT.test(raw)) {
          problems.push({ rule: 'Cell_Number', severity: 'error', message: `"${raw}" is not a number` });
          return { problems };
        }
        return { text: raw, problems };
      }
      problems.push({ rule: 'Cell_Number', severity: 'error', message: `${describeValue(raw)} is not a number` });
      return { problems };
    }
    case 'string': {
      let text: string;
      if (typeof raw === 'number') text = numberText(raw);
      else if (raw instanceof Date) {
        problems.push({ rule: 'Cell_Text', severity: 'error', message: 'holds a date, but this field is text; format the cell as Text and type the value' });
        return { problems };
      } else if (typeof raw === 'boolean') {
        problems.push({ rule: 'Cell_Text', severity: 'error', message: `holds ${raw ? 'TRUE' : 'FALSE'}, but this field is text` });
        return { problems };
      } else text = raw as string;
      const notXml = firstCharNotInXml(text);
      if (notXml !== undefined) {
        problems.push({ rule: 'Cell_Charset', severity: 'error', message: `contains ${describeChar(notXml)}, which no XML file can hold; delete it (it is often pasted in invisibly)` });
        return { text, problems };
      }
      if (simple.restrictedCharset && restrictedPattern) {
        const ch = firstDisallowedChar(text, restrictedPattern);
        if (ch !== undefined) {
          problems.push({ rule: 'Cell_Charset', severity: 'error', message: `contains ${describeChar(ch)}, which is not in the ILR character set` });
        }
      }
      return { text, problems };
    }
  }
}

/** The first character XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate). */
export function firstCharNotInXml(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return m?.[0];
}
