import { cellToIso } from '../../core/cells/excel-date';
import { ArgumentError } from './problems';

/**
 * Shaping custom-function arguments. Excel passes a range parameter (declared any[][]) as a 2-D array of rows, a
 * single value typed into the formula as [[value]], and an omitted optional parameter as null. Empty cells arrive as
 * "" (or null), numbers stored as text as strings, dates as serial numbers, and a cell holding an error (#N/A) as an
 * Error-like object or as its text.
 */

export type Cell = unknown;

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/i;

/** Whether an argument was left out of the formula. */
export function isOmitted(arg: unknown): boolean {
  return arg === null || arg === undefined || (Array.isArray(arg) && arg.length === 0);
}

/** A formula error held in a cell (#N/A, #VALUE!, …), as its text, or undefined when the value is not an error. */
export function cellError(v: Cell): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.length > 1 && v.trimStart().startsWith('#') && ERROR_TEXT.test(v.trim()) ? v.trim().toUpperCase() : undefined;
  if (v instanceof Error) {
    const code = (v as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('#') ? code : `#${v.name || 'ERROR'}`;
  }
  if (typeof v === 'string' && ERROR_TEXT.test(v.trim())) return v.trim().toUpperCase();
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    for (const k of ['error', 'errorCode', 'type', 'code']) {
      if (typeof o[k] === 'string') return String(o[k]).startsWith('#') ? String(o[k]) : `#${String(o[k])}`;
    }
    return '#VALUE!';
  }
  return undefined;
}

export function isBlank(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The cells of one argument, top to bottom. A range must be one column wide. */
export function columnOf(arg: unknown, name: string): Cell[] {
  if (isOmitted(arg)) return [];
  if (!Array.isArray(arg)) return [arg];
  const out: Cell[] = [];
  for (const row of arg as unknown[]) {
    if (Array.isArray(row)) {
      if (row.length > 1) throw new ArgumentError(`${name} must be a single column (it is ${row.length} columns wide)`);
      out.push(row[0]);
    } else out.push(row);
  }
  return out;
}

/** The one value of a single-value argument (a 1×1 range or a typed value); undefined when omitted or blank. */
export function scalarOf(arg: unknown, name: string): Cell {
  if (isOmitted(arg)) return undefined;
  if (!Array.isArray(arg)) return isBlank(arg) ? undefined : arg;
  const cells = (arg as unknown[]).flatMap((r) => (Array.isArray(r) ? r : [r]));
  if (cells.length !== 1) throw new ArgumentError(`${name} must be a single value, not a range of ${cells.length} cells`);
  return isBlank(cells[0]) ? undefined : cells[0];
}

/**
 * The number of rows of a call: every supplied column must have that many rows, or exactly one (a single value
 * applies to every row).
 */
export function rowCountOf(columns: Record<string, Cell[]>): number {
  let n = 0;
  let longest = '';
  for (const [name, cells] of Object.entries(columns)) {
    if (cells.length > n) {
      n = cells.length;
      longest = name;
    }
  }
  for (const [name, cells] of Object.entries(columns)) {
    if (cells.length > 1 && cells.length !== n) {
      throw new ArgumentError(`The ranges must be the same height: ${longest} has ${n} rows, ${name} has ${cells.length}`);
    }
  }
  return n;
}

/** The cell of a column for a row (a one-cell column applies to every row). */
export function at(cells: Cell[], row: number): Cell {
  if (cells.length === 0) return undefined;
  return cells.length === 1 ? cells[0] : cells[row];
}

/** A number as the text it would have in the XML: whole numbers without exponent or decimals, others as written. */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

/** A value as the text the model holds (numbers without exponent, booleans as TRUE/FALSE); blanks as ''. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export type FieldReading = { ok: true; text: string } | { ok: false; problem: string; code: 'value' | 'na' };

/** A code or text field: errors refused, blanks as '', anything else as its text. */
export function readText(v: Cell, field: string): FieldReading {
  const err = cellError(v);
  if (err) return { ok: false, problem: `${field} is ${err}`, code: err === '#N/A' ? 'na' : 'value' };
  return { ok: true, text: isBlank(v) ? '' : cellText(v).trim() };
}

/** Readings of recent date values (dates repeat: a cohort shares its start and end dates). Bounded. */
const dateReadings = new Map<string | number, ReturnType<typeof cellToIso>>();

function dateReading(v: Cell): ReturnType<typeof cellToIso> {
  if (typeof v !== 'number' && typeof v !== 'string') return cellToIso(v);
  let d = dateReadings.get(v);
  if (!d) {
    if (dateReadings.size > 50_000) dateReadings.clear();
    d = cellToIso(v);
    dateReadings.set(v, d);
  }
  return d;
}

/** A date field: errors refused, blanks as '', dates (serial, ISO, dd/mm/yyyy) as ISO text. */
export function readDate(v: Cell, field: string): FieldReading {
  const err = cellError(v);
  if (err) return { ok: false, problem: `${field} is ${err}`, code: err === '#N/A' ? 'na' : 'value' };
  if (isBlank(v)) return { ok: true, text: '' };
  const d = dateReading(v);
  if (!d.ok) {
    const problem = d.problem.startsWith('is ') ? `${cellText(v)} ${d.problem}` : d.problem;
    return { ok: false, problem: `${field}: ${problem}`, code: 'value' };
  }
  return { ok: true, text: d.iso };
}
