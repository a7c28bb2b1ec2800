import { rng } from '../test/helpers/seeded-random';
import { join } from 'node:path';
import { LISTS_SHEET } from '../src/core/sheet/workbook-plan';
import ExcelJS from 'exceljs';
import { runChecks } from '../src/core/rules/check';
import type { Finding } from '../src/core/rules/types';
import type { IlrRecord, Location } from '../src/core/model/record';
import { readTables, type ReadTablesResult } from '../src/core/sheet/read-tables';
import { columnType, layoutFor } from '../src/core/sheet/write-tables';
import { cellAddress, columnLetter, isCellError, type CellValue, type SheetTable } from '../src/core/sheet/table';
import type { SimpleType } from '../src/core/schema/model';
import { exportIlrFile } from '../src/core/xml/export-file';
import { writeXmlBytes } from '../src/core/xml/write-xml';
import { readXlsxBuffer } from '../src/cli/xlsx/read-xlsx';
import { years } from '../src/core/years/registry';
import type { IlrYear } from '../src/core/years/year';

/**
 * Workbook fuzzing (issue 14 item 4): cells of the sample workbook are mutated — types, serial and text dates, impossible
 * dates, formula errors, uncached formulas, long strings, characters outside the ILR set, decimals in whole-number
 * fields, duplicated keys and headers, orphan rows, merged cells, hidden rows, blank rows — and for each case:
 *   1. nothing throws out of readTables, runChecks or the XML export;
 *   2. a mutated cell whose value is invalid is reported AT its cell (a finding located there, or naming it as related);
 *      a value that is valid in another form (a serial date, 05/01/2026, "500" as text) is read as the value it shows;
 *   3. the tables' cell values are the same after check and export as before (the product never writes into them).
 * Each case has its own seed, printed with a failure, so `npm run fuzz -- --replay SEED` repeats it exactly.
 *
 * Expected failures (issue 14 rows being fixed in the reader by another engineer) carry a tag: a failure of a mutation
 * with a tag is counted apart, so the run shows which of them are still open. The assertions are not weakened for them.
 */

export const SAMPLE_WORKBOOK = join(__dirname, '..', 'assets', 'sample', 'ILR-Sample-2526.xlsx');
/** As-of date of the checks (fixed: the fuzz never depends on today). */
export const AS_OF = '2026-03-31';
const NOW = new Date(Date.UTC(2026, 2, 31, 12));

/** Issue-14 rows another engineer is fixing in the reader; a failure of a mutation so tagged is expected until merge. */
export const EXPECTED_FAILURE_TAGS = {
  uncachedFormula: 'issue14: uncached formula read as blank',
  duplicateHeader: 'issue14: duplicated header silently overwrites',
} as const;

export type Expectation = 'reported' | 'accepted' | 'any';

export interface Mutation {
  kind: string;
  sheet: string;
  /** The cell mutated (a header cell for header mutations). */
  cell: string;
  expect: Expectation;
  /** For 'accepted': the text the model must hold for the cell. */
  modelText?: string;
  /** Shown in a failure: what was put in (values shortened, never learner data from the sample: it is invented). */
  put: string;
  tag?: string;
  /** For a header mutation: the header text now on the cell (a note about it names it). */
  header?: string;
}

export interface CaseResult {
  seed: number;
  mutations: Mutation[];
  failures: { message: string; tag?: string }[];
  exported: boolean;
}

/** The seed of case `i` of a run seeded `seed`. */
export function caseSeed(seed: number, i: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

let baseCache: Promise<SheetTable[]> | undefined;
let bufferCache: Promise<Buffer> | undefined;

async function sampleBuffer(): Promise<Buffer> {
  const { readFile } = await import('node:fs/promises');
  return (bufferCache ??= readFile(SAMPLE_WORKBOOK));
}

/** The sample workbook's tables as the CLI reads them (once per process). */
export function sampleTables(): Promise<SheetTable[]> {
  // the product's own hidden code-list sheet (the drop-downs' source) is not ILR data: the reader skips it, so do the mutations
  return (baseCache ??= sampleBuffer().then(async (b) => (await readXlsxBuffer(b)).filter((t) => t.sheet !== LISTS_SHEET)));
}

/** A deep copy of tables (Dates copied, errors copied). */
export function cloneTables(tables: SheetTable[]): SheetTable[] {
  const cell = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : isCellError(v) ? { error: v.error } : v);
  return tables.map((t) => ({
    ...t,
    headers: t.headers.map(cell),
    rows: t.rows.map((r) => r.map(cell)),
    ...(t.numberFormats ? { numberFormats: [...t.numberFormats] } : {}),
  }));
}

/** A comparable text of the tables' values (Dates by time; -0 and NaN kept apart). */
export function tablesFingerprint(tables: SheetTable[]): string {
  return JSON.stringify(tables, (_k, v: unknown) => {
    if (v instanceof Date) return `Date(${v.getTime()})`;
    if (typeof v === 'number' && (Number.isNaN(v) || Object.is(v, -0))) return `Number(${Object.is(v, -0) ? '-0' : 'NaN'})`;
    if (v === undefined) return 'undefined';
    return v;
  });
}

function headerCell(t: SheetTable, col: number): string {
  return `${columnLetter(t.firstColumn + col)}${t.headerRow}`;
}

const year2526 = (): IlrYear => years.get('2526');

interface Target {
  t: SheetTable;
  row: number;
  col: number;
  header: string;
  type: SimpleType;
}

/** Whether a column joins its rows to a parent record (a key, a qualifier or a merged parent's field). */
function isJoinColumn(sheet: string, header: string): boolean {
  const s = layoutFor(year2526()).bySheet.get(sheet);
  return !!s && (s.keys.some((k) => k.header === header) || s.qualifiers.some((q) => q.header === header) || !!s.mergedParent?.columns.some((c) => c.header === header));
}

/**
 * A random data cell of an entity sheet in a column whose XSD type is known (never the Checks column). `valueOnly`:
 * not a join column (a valid new key there makes the row another record's or an orphan: not "the same value read").
 */
function pickTarget(r: Rand, tables: SheetTable[], want?: (type: SimpleType, header: string, t: SheetTable) => boolean, valueOnly = false): Target | undefined {
  const year = year2526();
  const candidates: { t: SheetTable; col: number; header: string; type: SimpleType }[] = [];
  for (const t of tables) {
    if (t.sheet === 'Return' || !t.rows.length) continue;
    t.headers.forEach((h, col) => {
      if (typeof h !== 'string') return;
      const type = columnType(year, t.sheet, h);
      if (type && (!want || want(type, h, t)) && !(valueOnly && isJoinColumn(t.sheet, h))) candidates.push({ t, col, header: h, type });
    });
  }
  if (!candidates.length) return undefined;
  const c = pick(r, candidates);
  const rows = c.t.rows.map((row, i) => (row.some((v) => v !== null && v !== undefined && v !== '') ? i : -1)).filter((i) => i >= 0);
  if (!rows.length) return undefined;
  return { ...c, row: pick(r, rows) };
}

const isNumberType = (t: SimpleType) => t.base === 'int' || t.base === 'long' || t.base === 'decimal';
const isoOfSerial = (s: number) => new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).toISOString().slice(0, 10);
const shorten = (v: CellValue): string => {
  const s = v instanceof Date ? `Date(${v.toISOString().slice(0, 10)})` : isCellError(v) ? `{error:${v.error}}` : typeof v === 'string' ? JSON.stringify(v) : String(v);
  return s.length > 40 ? `${s.slice(0, 30)}…(${s.length} chars)` : s;
};

const BAD_CHARS = ['é', '\u00a0', '😀', '\u0007', 'ß', '“', '\u200b', 'Ω'];
const FORMULA_ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const IMPOSSIBLE_DATES = ['31/02/2025', '2025-02-30', '29/02/2023', '00/01/2025', '2025-13-01', '32/01/2025', '15/13/2025', '2025-00-10'];

type Mutator = (r: Rand, tables: SheetTable[]) => Mutation | undefined;

function setCell(tg: Target, v: CellValue): void {
  tg.t.rows[tg.row]![tg.col] = v;
}

function cellMutation(kind: string, tg: Target, v: CellValue, expect: Expectation, modelText?: string, tag?: string): Mutation {
  setCell(tg, v);
  return { kind, sheet: tg.t.sheet, cell: cellAddress(tg.t, tg.row, tg.col), expect, put: `${tg.header} := ${shorten(v)}`, ...(modelText !== undefined ? { modelText } : {}), ...(tag ? { tag } : {}) };
}

/** The table-level mutators, each making one change and saying what the product must do with it. */
export const MUTATORS: Record<string, Mutator> = {
  formulaError: (r, ts) => {
    const tg = pickTarget(r, ts);
    return tg && cellMutation('formula error', tg, { error: pick(r, FORMULA_ERRORS) }, 'reported');
  },
  boolean: (r, ts) => {
    const tg = pickTarget(r, ts);
    return tg && cellMutation('TRUE/FALSE in a typed field', tg, r() < 0.5, 'reported');
  },
  numberAsText: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'int' || t.base === 'long', true);
    if (!tg) return undefined;
    const n = int(r, 0, 99);
    return cellMutation('whole number typed as text', tg, String(n), 'accepted', String(n));
  },
  textAsNumber: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'string' && !t.facets.enumeration && t.facets.patterns.every((p) => /^\[.*\]\*$/su.test(p)) && (t.facets.minLength ?? 1) <= 1 && (t.facets.maxLength ?? 9) >= 3, true);
    if (!tg) return undefined;
    const n = int(r, 1, 999);
    return cellMutation('number in a text field', tg, n, 'accepted', String(n));
  },
  serialDate: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'date', true);
    if (!tg) return undefined;
    const s = int(r, 61, 2_958_465);
    return cellMutation('date as an Excel serial', tg, s, 'accepted', isoOfSerial(s));
  },
  ukTextDate: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'date', true);
    if (!tg) return undefined;
    const iso = isoOfSerial(int(r, 36_526, 54_000)); // 2000 … 2047
    const [y, m, d] = iso.split('-');
    return cellMutation('date typed dd/mm/yyyy', tg, `${d}/${m}/${y}`, 'accepted', iso);
  },
  isoTextDate: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'date', true);
    if (!tg) return undefined;
    const iso = isoOfSerial(int(r, 36_526, 54_000));
    return cellMutation('date typed YYYY-MM-DD', tg, iso, 'accepted', iso);
  },
  impossibleDate: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'date');
    return tg && cellMutation('impossible date', tg, pick(r, IMPOSSIBLE_DATES), 'reported');
  },
  badSerial: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'date');
    return tg && cellMutation('serial outside Excel dates', tg, pick(r, [-1, 0, 60, 3_000_000, 1e12, Number.NaN]), 'reported');
  },
  dateInTextField: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'string');
    return tg && cellMutation('date in a text field', tg, new Date(Date.UTC(2025, int(r, 0, 11), int(r, 1, 28))), 'reported');
  },
  longString: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base !== 'date');
    if (!tg) return undefined;
    return cellMutation('40,000-character value', tg, (tg.type.base === 'string' ? 'A' : '1').repeat(40_000), 'reported');
  },
  badChar: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'string' && t.restrictedCharset);
    if (!tg) return undefined;
    const old = tg.t.rows[tg.row]![tg.col];
    const base = typeof old === 'string' && old.length > 1 ? old.slice(0, -1) : 'A';
    return cellMutation('character outside the ILR set', tg, `${base}${pick(r, BAD_CHARS)}`, 'reported');
  },
  decimalInInteger: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => t.base === 'int' || t.base === 'long');
    if (!tg) return undefined;
    const v = r() < 0.5 ? int(r, 0, 50) + 0.5 : `${int(r, 0, 50)}.25`;
    return cellMutation('decimal in a whole-number field', tg, v, 'reported');
  },
  whitespace: (r, ts) => {
    const tg = pickTarget(r, ts, (t) => isNumberType(t) || t.base === 'string');
    if (!tg) return undefined;
    const old = tg.t.rows[tg.row]![tg.col];
    if (old === null || old === undefined || old === '' || isCellError(old) || old instanceof Date || typeof old === 'boolean') return undefined;
    const text = typeof old === 'number' ? String(old) : old;
    return cellMutation('spaces around a value', tg, r() < 0.5 ? `${text} ` : ` ${text}`, 'reported');
  },
  duplicateKey: (r, ts) => {
    const t = ts.find((x) => x.sheet === 'Learner');
    if (!t || t.rows.length < 2) return undefined;
    const col = t.headers.indexOf('LearnRefNumber');
    const a = int(r, 0, t.rows.length - 1);
    let b = int(r, 0, t.rows.length - 2);
    if (b >= a) b++;
    const v = t.rows[a]![col];
    if (v === t.rows[b]![col]) return undefined;
    const tg: Target = { t, row: b, col, header: 'LearnRefNumber', type: columnType(year2526(), 'Learner', 'LearnRefNumber')! };
    return cellMutation('duplicated LearnRefNumber', tg, v, 'reported');
  },
  duplicateAim: (r, ts) => {
    const t = ts.find((x) => x.sheet === 'LearningDelivery');
    if (!t || t.rows.length < 2) return undefined;
    const lrn = t.headers.indexOf('LearnRefNumber');
    const seq = t.headers.indexOf('AimSeqNumber');
    const byLearner = new Map<unknown, number[]>();
    t.rows.forEach((row, i) => byLearner.set(row[lrn], [...(byLearner.get(row[lrn]) ?? []), i]));
    const multi = [...byLearner.values()].filter((l) => l.length > 1);
    if (!multi.length) return undefined;
    const [a, b] = pick(r, multi);
    const tg: Target = { t, row: b!, col: seq, header: 'AimSeqNumber', type: columnType(year2526(), 'LearningDelivery', 'AimSeqNumber')! };
    return cellMutation('duplicated AimSeqNumber', tg, t.rows[a!]![seq], 'reported');
  },
  orphanRow: (r, ts) => {
    const t = ts.find((x) => x.sheet === pick(r, ['LearningDelivery', 'LearnerFAM', 'LearningDeliveryFAM', 'LearnerEmploymentStatus']));
    if (!t || !t.rows.length) return undefined;
    const col = t.headers.indexOf('LearnRefNumber');
    if (col < 0) return undefined;
    const tg: Target = { t, row: int(r, 0, t.rows.length - 1), col, header: 'LearnRefNumber', type: columnType(year2526(), t.sheet, 'LearnRefNumber')! };
    return cellMutation('orphan row (no such learner)', tg, `ZZ${int(r, 1000, 9999)}`, 'reported');
  },
  duplicateHeader: (r, ts) => {
    const t = pick(r, ts.filter((x) => x.sheet !== 'Return' && x.headers.filter((h) => typeof h === 'string' && h !== 'Checks').length > 2 && x.rows.length > 0));
    if (!t) return undefined;
    const cols = t.headers.map((h, i) => (typeof h === 'string' && h !== 'Checks' && columnType(year2526(), t.sheet, h) ? i : -1)).filter((i) => i >= 0);
    const a = pick(r, cols);
    let b = pick(r, cols);
    if (a === b) b = cols[(cols.indexOf(a) + 1) % cols.length]!;
    const h = t.headers[a] as string;
    const before = t.headers[b];
    t.headers[b] = h;
    return { kind: 'duplicated header', sheet: t.sheet, cell: headerCell(t, b), expect: 'reported', header: h, put: `header ${String(before)} := ${h} (also ${headerCell(t, a)})`, tag: EXPECTED_FAILURE_TAGS.duplicateHeader };
  },
  blankRow: (r, ts) => {
    const t = pick(r, ts.filter((x) => x.sheet !== 'Return' && x.rows.length > 0));
    if (!t) return undefined;
    const at = int(r, 0, t.rows.length);
    t.rows.splice(at, 0, t.headers.map(() => (r() < 0.5 ? null : '')));
    return { kind: 'blank row', sheet: t.sheet, cell: `A${t.headerRow + 1 + at}`, expect: 'any', put: `blank row inserted at ${t.headerRow + 1 + at}` };
  },
};

/** Where a model value came from, for every value read from a cell: "sheet!cell" → text. */
function valuesByCell(root: IlrRecord): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rec: IlrRecord) => {
    for (const v of Object.values(rec.fields)) if (v.loc && 'sheet' in v.loc) out.set(`${v.loc.sheet}!${v.loc.cell}`, v.text);
    for (const list of Object.values(rec.children)) list.forEach(walk);
  };
  walk(root);
  return out;
}

const at = (loc: Location | undefined, sheet: string, cell: string) => !!loc && 'sheet' in loc && loc.sheet === sheet && loc.cell === cell;

const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, '');

/** A row left out of the file (no parent for its keys) is reported once, at its key: that covers every cell of it. */
function rowLeftOut(findings: Finding[], m: Mutation): boolean {
  return findings.some((f) => f.rule === 'Cell_OrphanRow' && !!f.location && 'sheet' in f.location && f.location.sheet === m.sheet && rowOf(f.location.cell) === rowOf(m.cell));
}

function reportedAt(findings: Finding[], m: Mutation): boolean {
  return rowLeftOut(findings, m) || findings.some((f) => at(f.location, m.sheet, m.cell) || (f.related ?? []).some((x) => at(x.location, m.sheet, m.cell)));
}

/**
 * A note that names the cell of the sheet, or (for a header) the sheet, the header and the column letter: how a header
 * problem may be said (the reader's notes are per sheet, not per cell).
 */
function notedAt(notes: string[], m: Mutation): boolean {
  const col = m.cell.replace(/\d+$/, '');
  const letter = new RegExp(`(^|[^A-Za-z])${col}([^A-Za-z]|$)`);
  return notes.some((n) => n.includes(m.sheet) && (n.includes(m.cell) || (m.header !== undefined && n.includes(m.header) && letter.test(n))));
}

export interface RunOptions {
  /** Validate the XML against the XSD (xmllint-wasm) in this case; else only write it. */
  validate?: boolean;
}

/** Reads, checks and exports the tables, asserting the three things; the failures found (none: the case passed). */
export async function checkCase(tables: SheetTable[], mutations: Mutation[], opts: RunOptions = {}): Promise<{ failures: CaseResult['failures']; read?: ReadTablesResult }> {
  const failures: CaseResult['failures'] = [];
  const before = tablesFingerprint(tables);
  let read: ReadTablesResult | undefined;
  let findings: Finding[] = [];
  try {
    read = readTables(tables, { now: NOW });
    findings = [...read.problems, ...runChecks(read.message, { asOf: AS_OF }).findings];
    if (opts.validate) await exportIlrFile(read.message);
    else writeXmlBytes(read.message);
  } catch (e) {
    failures.push({ message: `exception escaped: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}` });
  }
  if (tablesFingerprint(tables) !== before) failures.push({ message: 'cell values changed by check/export' });
  if (read) {
    const values = valuesByCell(read.message.root);
    for (const m of mutations) {
      if (m.expect === 'reported' && !reportedAt(findings, m) && !notedAt(read.notes, m)) {
        failures.push({ message: `${m.kind} at ${m.sheet}!${m.cell} (${m.put}) not reported at its cell`, ...(m.tag ? { tag: m.tag } : {}) });
      }
      if (m.expect === 'accepted' && !rowLeftOut(findings, m)) {
        const bad = findings.filter((f) => f.rule.startsWith('Cell_') && f.severity === 'error' && at(f.location, m.sheet, m.cell));
        if (bad.length) failures.push({ message: `${m.kind} at ${m.sheet}!${m.cell} (${m.put}) refused: ${bad.map((f) => f.rule).join(', ')}` });
        const got = values.get(`${m.sheet}!${m.cell}`);
        if (m.modelText !== undefined && got !== m.modelText) {
          failures.push({ message: `${m.kind} at ${m.sheet}!${m.cell} (${m.put}) read as ${got === undefined ? 'nothing' : JSON.stringify(got)}, expected ${JSON.stringify(m.modelText)}` });
        }
      }
    }
  }
  return { failures, ...(read ? { read } : {}) };
}

const MUTATOR_NAMES = Object.keys(MUTATORS);
const colOf = (cell: string) => cell.replace(/\d+$/, '');
const KEY_KINDS = new Set(['duplicated LearnRefNumber', 'duplicated AimSeqNumber', 'orphan row (no such learner)']);

/** Applies 1–3 random table mutations to a copy of the base tables. */
export function mutateTables(base: SheetTable[], seed: number): { tables: SheetTable[]; mutations: Mutation[] } {
  const r = rng(seed);
  const tables = cloneTables(base);
  const mutations: Mutation[] = [];
  const n = int(r, 1, 3);
  for (let tries = 0; mutations.length < n && tries < 20; tries++) {
    const name = pick(r, MUTATOR_NAMES);
    const m = MUTATORS[name]!(r, tables);
    if (!m) continue;
    // a later mutation of the same cell (or a blank row shifting rows) would make an earlier expectation moot
    // (or a renamed header changing what a column of the sheet is)
    // (or two changes of keys on one sheet, or a key and another change in its column: an orphaned or overwritten row is no
    // longer the duplicate of another)
    const sheetWide = (x: Mutation) => x.kind === 'blank row' || x.kind === 'duplicated header';
    const keyed = (x: Mutation) => KEY_KINDS.has(x.kind);
    if (mutations.some((x) => x.sheet === m.sheet && (x.cell === m.cell || sheetWide(x) || sheetWide(m) || (keyed(x) && keyed(m)) || ((keyed(x) || keyed(m)) && colOf(x.cell) === colOf(m.cell))))) {
      if (!sheetWide(m)) m.expect = 'any';
      for (const x of mutations) if (x.sheet === m.sheet && !sheetWide(x)) x.expect = 'any';
    }
    mutations.push(m);
  }
  return { tables, mutations };
}

/** One table-level case. */
export async function runTableCase(base: SheetTable[], seed: number, opts: RunOptions = {}): Promise<CaseResult> {
  const { tables, mutations } = mutateTables(base, seed);
  const { failures } = await checkCase(tables, mutations, opts);
  return { seed, mutations, failures, exported: !!opts.validate };
}

/**
 * One case on the .xlsx itself, for what a table cannot hold: a formula with no cached result, merged cells, hidden
 * rows. The workbook is changed with exceljs, saved to a buffer and read back as the CLI reads a file.
 */
export async function runXlsxCase(seed: number, opts: RunOptions = {}): Promise<CaseResult> {
  const r = rng(seed);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleBuffer()) as unknown as ArrayBuffer);
  const base = await sampleTables();
  const mutations: Mutation[] = [];
  const kind = pick(r, ['uncachedFormula', 'mergedCells', 'hiddenRow'] as const);
  const tg = pickTarget(r, cloneTables(base), (t) => t.base !== 'date');
  if (!tg) return { seed, mutations, failures: [], exported: false };
  const ws = wb.getWorksheet(tg.t.sheet)!;
  const addr = cellAddress(tg.t, tg.row, tg.col);
  let expectRows = false;
  if (kind === 'uncachedFormula') {
    ws.getCell(addr).value = { formula: `"${String(tg.t.rows[tg.row]![tg.col] ?? '')}"` } as ExcelJS.CellFormulaValue;
    mutations.push({ kind: 'formula with no cached result', sheet: tg.t.sheet, cell: addr, expect: 'reported', put: `${tg.header} := =formula (no result)`, tag: EXPECTED_FAILURE_TAGS.uncachedFormula });
  } else if (kind === 'mergedCells') {
    const below = `${addr.replace(/\d+$/, '')}${Number(/\d+$/.exec(addr)![0]) + 1}`;
    ws.mergeCells(`${addr}:${below}`);
    mutations.push({ kind: 'merged cells', sheet: tg.t.sheet, cell: addr, expect: 'any', put: `${addr}:${below} merged` });
  } else {
    ws.getRow(Number(/\d+$/.exec(addr)![0])).hidden = true;
    mutations.push({ kind: 'hidden row', sheet: tg.t.sheet, cell: addr, expect: 'any', put: `row of ${addr} hidden` });
    expectRows = true;
  }
  const buf = await wb.xlsx.writeBuffer();
  const failures: CaseResult['failures'] = [];
  let tables: SheetTable[];
  try {
    tables = await readXlsxBuffer(buf as ArrayBuffer);
  } catch (e) {
    return { seed, mutations, failures: [{ message: `exception escaped reading the workbook: ${(e as Error).message}` }], exported: false };
  }
  const res = await checkCase(tables, mutations, opts);
  failures.push(...res.failures);
  if (expectRows && res.read) {
    const baseRead = readTables(base, { now: NOW });
    const count = (root: IlrRecord) => (root.children['Learner'] ?? []).reduce((n, l) => n + (l.children['LearningDelivery']?.length ?? 0), 0);
    if (count(res.read.message.root) !== count(baseRead.message.root)) failures.push({ message: `hidden row at ${tg.t.sheet}!${addr}: a hidden row's record was not read` });
  }
  return { seed, mutations, failures, exported: !!opts.validate };
}
