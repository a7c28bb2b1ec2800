import { codeList } from '../codes';
import type { IlrMessage, IlrRecord } from '../model/record';
import type { SimpleType } from '../schema/model';
import { years as defaultRegistry, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';
import { FRIENDLY_NAMES } from './friendly-names';
import { layoutFor, RETURN_SHEET, sheetHeaders, type SheetLayout, type YearLayout } from './layout';
import type { CellValue, SheetTable } from './table';

/**
 * The model as worksheet tables (for `ilr import` and the add-in's import): the Return sheet first, then one table
 * per layout sheet in schema order. Dates become real dates, whole numbers numbers (when that loses nothing), text
 * stays text (leading zeros kept).
 */

const ALWAYS = new Set(['Learner', 'LearningDelivery']);

/** A model value as the cell value that shows it without loss. */
export function cellValueOf(text: string, simple: SimpleType): CellValue {
  switch (simple.base) {
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m) return text;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1900 ? d : text;
    }
    case 'int':
    case 'long':
    case 'decimal': {
      if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
      const n = Number(text);
      return Number.isSafeInteger(Math.trunc(n)) && String(n) === text ? n : text;
    }
    default:
      return text;
  }
}

function valueAt(rec: IlrRecord | undefined, path: string[]): string | undefined {
  let r = rec;
  for (let i = 0; i < path.length - 1 && r; i++) r = r.children[path[i]!]?.[0];
  return r?.fields[path[path.length - 1]!]?.text;
}

/**
 * Every record a sheet holds, with its ancestor chain (outermost first), made one top-level record (learner) at a
 * time: a plain recursive walk fills a small buffer per learner (nested generators cost more than the walk itself).
 */
function* records(root: IlrRecord, s: SheetLayout): Generator<[IlrRecord, IlrRecord[]]> {
  const segments = s.path.split('/');
  const last = segments.length - 1;
  const top = root.children[segments[0]!] ?? [];
  if (last === 0) {
    for (const k of top) yield [k, []];
    return;
  }
  const buffer: [IlrRecord, IlrRecord[]][] = [];
  const chain: IlrRecord[] = [];
  const walk = (rec: IlrRecord, d: number): void => {
    const kids = rec.children[segments[d]!];
    if (!kids) return;
    if (d === last) {
      for (const k of kids) buffer.push([k, chain.slice()]);
      return;
    }
    for (const k of kids) {
      chain.push(k);
      walk(k, d + 1);
      chain.pop();
    }
  };
  for (const t of top) {
    chain.push(t);
    walk(t, 1);
    chain.pop();
    yield* buffer;
    buffer.length = 0;
  }
}

const KEY_SEP = '\u0001';

/** A sheet's header and a count of its rows, the rows made one at a time when asked for (see SheetSource). */
export interface SheetSource {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  headers: CellValue[];
  rowCount: number;
  /** A fresh pass over the rows each call; a row array may be kept (each row is a new array). */
  rows(): Iterable<CellValue[]>;
}

/** A table already in memory as a SheetSource. */
export function tableSource(t: SheetTable): SheetSource {
  return { sheet: t.sheet, headerRow: t.headerRow, firstColumn: t.firstColumn, headers: t.headers, rowCount: t.rows.length, rows: () => t.rows };
}

/**
 * The sheet's header and rows, made lazily. When two parent records share the key (the ESFA sample has two aims with
 * AimSeqNumber 1), the qualifier columns (e.g. LearnAimRef) are written after the keys so each row finds its parent:
 * a first pass over the keys finds that out (and counts the rows) before any row is made.
 */
function sheetSource(root: IlrRecord, s: SheetLayout): SheetSource {
  const parentCols = s.mergedParent?.columns ?? [];
  const parentLevel = s.keys.length - 1;
  let shared = false;
  let rowCount = 0;
  const parentByKey = s.qualifiers.length ? new Map<string, IlrRecord>() : undefined;
  for (const [, chain] of records(root, s)) {
    rowCount++;
    if (!parentByKey || shared) continue;
    const key = s.keys.map((k) => valueAt(chain[k.level], k.path) ?? '').join(KEY_SEP);
    const parent = chain[parentLevel]!;
    const prev = parentByKey.get(key);
    if (prev && prev !== parent) shared = true;
    else if (!prev) parentByKey.set(key, parent);
  }
  const headers: CellValue[] = sheetHeaders(s);
  if (shared) headers.splice(s.keys.length, 0, ...s.qualifiers.map((q) => q.header));
  const cell = (rec: IlrRecord | undefined, path: string[], simple: SimpleType): CellValue => {
    const t = valueAt(rec, path);
    return t === undefined ? null : cellValueOf(t, simple);
  };
  function* rows(): Generator<CellValue[]> {
    for (const [rec, chain] of records(root, s)) {
      const row: CellValue[] = [];
      for (const k of s.keys) row.push(cell(chain[k.level], k.path, k.simple));
      if (shared) for (const q of s.qualifiers) row.push(cell(chain[q.level], q.path, q.simple));
      for (const c of parentCols) row.push(cell(chain[0], c.path, c.simple));
      for (const c of s.columns) row.push(cell(rec, c.path, c.simple));
      yield row;
    }
  }
  return { sheet: s.name, headerRow: 1, firstColumn: 1, headers, rowCount, rows };
}

function returnTable(layout: YearLayout, root: IlrRecord | undefined): SheetTable {
  const rows: CellValue[][] = layout.returnFields.map((f) => {
    if (f.name === 'Year') return [f.name, layout.year.code];
    const t = root ? valueAt(root, f.paths[0]!) : undefined;
    return [f.name, t === undefined ? null : f.simple.base === 'dateTime' ? t : cellValueOf(t, f.simple)];
  });
  return { sheet: RETURN_SHEET, headerRow: 1, firstColumn: 1, headers: ['Field', 'Value'], rows };
}

/**
 * The message as sheets whose rows are made as they are read (for writers that stream): Return, then entity sheets
 * with data (Learner and LearningDelivery always).
 */
export function messageSheets(msg: IlrMessage, registry: YearRegistry = defaultRegistry): SheetSource[] {
  const layout = layoutFor(msg.year, registry);
  const out: SheetSource[] = [tableSource(returnTable(layout, msg.root))];
  for (const s of layout.sheets) {
    const src = sheetSource(msg.root, s);
    if (!src.rowCount && !ALWAYS.has(s.name)) continue;
    out.push(src);
  }
  return out;
}

/** The message as tables: Return, then entity sheets with data (Learner and LearningDelivery always). */
export function messageToTables(msg: IlrMessage, registry: YearRegistry = defaultRegistry): SheetTable[] {
  return messageSheets(msg, registry).map((s) => ({ sheet: s.sheet, headerRow: s.headerRow, firstColumn: s.firstColumn, headers: s.headers, rows: [...s.rows()] }));
}

/** A blank workbook for a year: the Return sheet and every entity sheet, headers only. */
export function templateTables(year: IlrYear, registry: YearRegistry = defaultRegistry): SheetTable[] {
  const layout = layoutFor(year, registry);
  return [returnTable(layout, undefined), ...layout.sheets.map((s) => ({ sheet: s.name, headerRow: 1, firstColumn: 1, headers: sheetHeaders(s), rows: [] }))];
}

/** The XSD type of a column, for writers that format cells (dates, text). */
export function columnType(year: IlrYear, sheet: string, header: string, registry: YearRegistry = defaultRegistry): SimpleType | undefined {
  const layout = layoutFor(year, registry);
  if (sheet === RETURN_SHEET) return layout.returnFields.find((f) => f.name === header)?.simple;
  const s = layout.bySheet.get(sheet);
  if (!s) return undefined;
  return (
    s.keys.find((k) => k.header === header)?.simple ??
    s.mergedParent?.columns.find((c) => c.header === header)?.simple ??
    s.columns.find((c) => c.header === header)?.simple
  );
}

function describeType(t: SimpleType): string {
  const f = t.facets;
  const parts: string[] = [];
  switch (t.base) {
    case 'date':
      parts.push('Date (dd/mm/yyyy)');
      break;
    case 'dateTime':
      parts.push('Date and time (YYYY-MM-DDThh:mm:ss)');
      break;
    case 'decimal':
      parts.push(`Number${f.fractionDigits !== undefined ? ` with up to ${f.fractionDigits} decimal places` : ''}`);
      break;
    case 'int':
    case 'long':
      parts.push(`Whole number${f.totalDigits !== undefined ? ` of up to ${f.totalDigits} digits` : ''}`);
      break;
    default:
      parts.push('Text');
  }
  if (f.length !== undefined) parts.push(`exactly ${f.length} characters`);
  else if (f.minLength !== undefined && f.maxLength !== undefined) parts.push(`${f.minLength} to ${f.maxLength} characters`);
  else if (f.maxLength !== undefined) parts.push(`up to ${f.maxLength} characters`);
  if (f.minInclusive !== undefined && f.maxInclusive !== undefined) parts.push(`from ${f.minInclusive} to ${f.maxInclusive}`);
  else if (f.minInclusive !== undefined) parts.push(`at least ${f.minInclusive}`);
  else if (f.maxInclusive !== undefined) parts.push(`at most ${f.maxInclusive}`);
  const own = f.patterns.filter((p) => !/^\[.*\]\*$/su.test(p));
  if (own.length) parts.push(`pattern ${own.join(' and ')}`);
  if (f.enumeration?.length) parts.push(`one of ${f.enumeration.join(', ')}`);
  return parts.join(', ');
}

const MAX_CODES_IN_NOTE = 25;

/**
 * A header note for a column: what the field is (the specification's name), its XSD type, length and pattern, and
 * its codes where a code list is known.
 */
export function columnNotes(year: IlrYear, sheet: string, column: string, registry: YearRegistry = defaultRegistry): string {
  const layout = layoutFor(year, registry);
  const s = layout.bySheet.get(sheet);
  const field = column.split('.').pop()!;
  const lines: string[] = [];
  const friendly = FRIENDLY_NAMES[field]?.[0];
  const isKey = s?.keys.some((k) => k.header === column);
  lines.push(`${column}${friendly ? ` — ${friendly}` : ''}${isKey ? ' (joins this row to its parent record)' : ''}`);
  const t = columnType(year, sheet, column, registry);
  const col = s?.columns.find((c) => c.header === column) ?? s?.mergedParent?.columns.find((c) => c.header === column) ?? layout.returnFields.find((f) => f.name === column);
  if (t) lines.push(`${describeType(t)}${col ? (col.required ? '. Required' : '. Optional') : ''}`);
  if (s?.notInYear) lines.push(`Not part of the ${year.label} file: kept in the workbook for tracking (layout of ${s.notInYear}).`);
  const codeYear = s?.notInYear ? year.code : year.code;
  const codes = codeList(codeYear, field);
  if (codes?.length) {
    const shown = codes.slice(0, MAX_CODES_IN_NOTE).map((c) => `${c.code}${c.description ? ` = ${c.description}` : ''}${c.validTo ? ` (until ${c.validTo})` : ''}`);
    lines.push(`Codes: ${shown.join('; ')}${codes.length > MAX_CODES_IN_NOTE ? `; … ${codes.length - MAX_CODES_IN_NOTE} more` : ''}`);
  }
  return lines.join('\n');
}

export { layoutFor };
