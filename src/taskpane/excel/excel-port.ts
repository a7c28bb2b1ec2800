/**
 * The Office.js side of the task pane: WorkbookPort over Excel's JavaScript API. Each operation is a small function
 * taking the `Excel.RequestContext`; `createExcelPort(run)` wraps them in `Excel.run`. No business logic here.
 *
 * Requirement sets: ExcelApi 1.4 (settings, getItemOrNullObject, used range or null object) is the manifest's minimum;
 * every later API is called only after its check, with a path for a host without it (./requirements.ts): 1.5 custom
 * XML parts, 1.6 conditional formats, 1.7 getRangeByIndexes (else A1 addresses) and chart categories, 1.9 getRanges
 * (else one range at a time), 1.18 notes (else colour only).
 *
 * Reading: each sheet's used range in blocks of whole rows, values only, one `context.sync()` per block. A block holds
 * at most READ_CELL_BUDGET cells (rows = budget ÷ columns), so one response stays well under Excel on the web's 5 MB
 * payload limit even with long text cells (40,000 cells × ~60 bytes ≈ 2.4 MB at worst for ILR data).
 *
 * Highlighting — chosen so the user's own formatting is never written to:
 *  - colour: a *conditional format* of type Custom with the signature formula MARK_FORMULA (always true) and a light
 *    red fill, added over the offending cells (as RangeAreas, a few hundred cells per format). Conditional formats draw
 *    over the cell's own fill without changing it, so the cell's fill, font, borders and the user's own conditional
 *    formats are never modified. Clear deletes exactly the conditional formats carrying MARK_FORMULA.
 *  - text: a *note* (ExcelApi 1.18, Excel on the web and current desktop) starting with NOTE_PREFIX on each marked cell
 *    that has no note of its own; a cell that already has a user's note keeps it untouched (and gets colour only, the
 *    finding stays listed in the pane). The cells we noted are recorded in the workbook settings (MARKS_KEY); Clear
 *    deletes those notes, and only while their text still starts with NOTE_PREFIX.
 */
import { isoToSerial } from '../../core/cells/excel-date';
import { columnLetter, type CellValue, type SheetTable } from '../../core/sheet/table';
import type { SummaryBlock } from '../../core/summary/summary-tables';
import { fromUkSerial, ukDatesInText, ukSerial, UK_DATE_TIME_FORMAT } from '../../core/cells/uk-dates';
import type { SheetPlan, WorkbookPlan } from '../../core/sheet/workbook-plan';
import type { CellMark, HighlightOutcome, Progress, ReturnLogEntry, WorkbookPort } from './workbook-port';
import { EXCEL_API, excelApiSupported } from './requirements';
import { STORED_YEARS_NAMESPACE } from '../../core/years/stored-years';

export const READ_CELL_BUDGET = 40_000;
export const WRITE_CELL_BUDGET = 20_000;
/** Cells (and notes) marked per sync when highlighting. */
export const MARK_BLOCK = 500;
/** Longest address list given to one getRanges call (Excel limits RangeAreas addresses). */
export const AREA_ADDRESS_LIMIT = 2_000;
/**
 * Most notes one Highlight adds: beyond this the cells get the colour only (the pane still lists every finding). Keeps
 * the record in the workbook settings small (~40 bytes a cell) and Highlight quick on very large returns.
 */
export const MAX_NOTES = 5_000;
export const MARK_FORMULA = '=LEN("ILR Workbench mark")>0';
export const MARK_FILL = '#FFC7CE';
export const NOTE_PREFIX = 'ILR Workbench: ';
export const SETTINGS_KEY = 'ilrWorkbench.settings';
export const MARKS_KEY = 'ilrWorkbench.marks';
export const RETURNS_SHEET = 'Returns';
export const RETURNS_HEADERS = ['Exported at', 'File name', 'Serial', 'Learners', 'Aims', 'Destinations', 'SHA-256'];

const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!',
  '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

type Ctx = Excel.RequestContext;

/** Rows per block for a sheet this wide, within the cell budget (at least one row). */
export function rowsPerBlock(columns: number, budget = READ_CELL_BUDGET): number {
  return Math.max(1, Math.floor(budget / Math.max(1, columns)));
}

/** A1 address of a block given by 0-based indexes, e.g. (1, 0, 2, 3) → "A2:C3". */
export const ISO_DATE_CELL = /^\d{4}-\d{2}-\d{2}$/;

function summaryCell(v: string | number): { value: string | number; format: string } {
  if (typeof v === 'number') return { value: v, format: 'General' };
  if (ISO_DATE_CELL.test(v)) return { value: isoToSerial(v), format: 'dd/mm/yyyy' };
  return { value: v, format: '@' };
}

function rangeAddress(r: number, c: number, rows: number, cols: number): string {
  const a = `${columnLetter(c + 1)}${r + 1}`;
  return rows === 1 && cols === 1 ? a : `${a}:${columnLetter(c + cols)}${r + rows}`;
}

/** The block at these 0-based indexes: getRangeByIndexes (ExcelApi 1.7), else the same block by its A1 address. */
export function rangeAt(ws: Excel.Worksheet, r: number, c: number, rows: number, cols: number): Excel.Range {
  return excelApiSupported(EXCEL_API.rangeByIndexes) ? ws.getRangeByIndexes(r, c, rows, cols) : ws.getRange(rangeAddress(r, c, rows, cols));
}

/** Excel's cell value as the sheet layer's CellValue: "" is blank, error strings are errors. */
export function fromExcel(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && v.startsWith('#') && EXCEL_ERRORS.has(v)) return { error: v };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export async function sheetNames(context: Ctx): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** The used range (values only) in blocks of rows, one sync per block; undefined when missing or empty. */
export async function readSheet(context: Ctx, name: string, progress?: Progress, budget = READ_CELL_BUDGET): Promise<SheetTable | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (ws.isNullObject || used.isNullObject) return undefined;
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const step = rowsPerBlock(columnCount, budget);
  const all: CellValue[][] = [];
  progress?.(0, rowCount);
  for (let start = 0; start < rowCount; start += step) {
    const n = Math.min(step, rowCount - start);
    const block = rangeAt(ws, rowIndex + start, columnIndex, n, columnCount);
    block.load('values');
    await context.sync();
    for (const row of block.values) all.push(row.map(fromExcel));
    progress?.(start + n, rowCount);
  }
  const [headers = [], ...rows] = all;
  return { sheet: name, headerRow: rowIndex + 1, firstColumn: columnIndex + 1, headers, rows };
}

export async function selectCell(context: Ctx, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

// ---- settings -------------------------------------------------------------------------------------------------

export async function loadSetting(context: Ctx, key: string): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  await context.sync();
  return item.isNullObject ? undefined : (item.value as unknown);
}

export async function saveSetting(context: Ctx, key: string, value: unknown): Promise<void> {
  if (value === undefined) {
    const item = context.workbook.settings.getItemOrNullObject(key);
    await context.sync();
    if (!item.isNullObject) item.delete();
  } else {
    context.workbook.settings.add(key, value as never);
  }
  await context.sync();
}

// ---- collection years added by the user (stored with the workbook) ---------------------------------------------

/** Where the added years go on a host without custom XML parts (before ExcelApi 1.5): a workbook setting. */
export const YEARS_SETTING_KEY = 'ilrWorkbench.collectionYears';

const xmlPartsSupported = () => excelApiSupported(EXCEL_API.customXmlParts);

/**
 * The added collection years as saved with the workbook: the custom XML part of STORED_YEARS_NAMESPACE (ExcelApi 1.5),
 * or, on an older host, the workbook setting YEARS_SETTING_KEY. Undefined when none is saved.
 */
export async function loadAddedYears(context: Ctx, namespace: string): Promise<string | undefined> {
  if (xmlPartsSupported()) {
    const parts = context.workbook.customXmlParts.getByNamespace(namespace);
    parts.load('items');
    await context.sync();
    const first = parts.items[0];
    if (first) {
      const xml = first.getXml();
      await context.sync();
      return xml.value;
    }
  }
  const v = await loadSetting(context, YEARS_SETTING_KEY);
  return typeof v === 'string' ? v : undefined;
}

/** Saves the added collection years with the workbook, replacing what was saved (see loadAddedYears). */
export async function saveAddedYears(context: Ctx, namespace: string, xml: string): Promise<void> {
  if (!xmlPartsSupported()) {
    await saveSetting(context, YEARS_SETTING_KEY, xml);
    return;
  }
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load('items');
  await context.sync();
  for (const p of parts.items) p.delete();
  context.workbook.customXmlParts.add(xml);
  await context.sync();
}

/**
 * A full recalculation (ExcelApi 1.1, the add-in's minimum): the ILR.* functions read the pane's year, as-of date and
 * advice settings, which Excel cannot see as inputs, so their cells are recalculated when those change.
 */
export async function recalculate(context: Ctx): Promise<void> {
  context.workbook.application.calculate(Excel.CalculationType.full);
  await context.sync();
}

// ---- highlight / clear ----------------------------------------------------------------------------------------

interface MarkRecord {
  /** Sheets that carry our conditional formats. */
  sheets: string[];
  /** Cells where we added a note. */
  notes: { sheet: string; cell: string }[];
}

function parseMarkRecord(raw: unknown): MarkRecord {
  const r = (raw ?? {}) as Partial<MarkRecord>;
  return {
    sheets: Array.isArray(r.sheets) ? r.sheets.filter((s): s is string => typeof s === 'string') : [],
    notes: Array.isArray(r.notes) ? r.notes.filter((n) => n && typeof n.sheet === 'string' && typeof n.cell === 'string') : [],
  };
}

const notesSupported = () => excelApiSupported(EXCEL_API.notes);
const coloursSupported = () => excelApiSupported(EXCEL_API.conditionalFormats);

/** Address lists no longer than the limit, e.g. ["A1,B7,C9", "D2,…"]. */
export function addressChunks(cells: string[], limit = AREA_ADDRESS_LIMIT): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of cells) {
    if (cur && cur.length + 1 + c.length > limit) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Marks the cells (after clearing earlier marks): conditional-format fill (ExcelApi 1.6; as RangeAreas with 1.9, else
 * one cell at a time) plus a note where the cell has none (ExcelApi 1.18; else colour only).
 */
export async function highlight(context: Ctx, marks: CellMark[], withNotes = notesSupported()): Promise<HighlightOutcome> {
  const kept = await clearHighlights(context);
  const colour = coloursSupported();
  const areas = excelApiSupported(EXCEL_API.rangeAreas);
  const bySheet = new Map<string, Map<string, string[]>>();
  for (const m of marks) {
    const cells = bySheet.get(m.sheet) ?? new Map<string, string[]>();
    bySheet.set(m.sheet, cells);
    const texts = cells.get(m.cell) ?? [];
    if (!texts.includes(m.text)) texts.push(m.text);
    cells.set(m.cell, texts);
  }
  // Marks an older host could not clear (its notes, its formats) stay on record for a host that can.
  const record: MarkRecord = { sheets: [...new Set([...kept.sheets, ...(colour ? bySheet.keys() : [])])], notes: [...kept.notes] };
  // Record the sheets first, so a failure part-way still lets Clear find the formats.
  await saveSetting(context, MARKS_KEY, record);
  let marked = 0;
  let noted = 0;
  for (const [sheet, cells] of bySheet) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const addresses = [...cells.keys()];
    for (let i = 0; i < addresses.length; i += MARK_BLOCK) {
      const block = addresses.slice(i, i + MARK_BLOCK);
      if (colour) {
        const targets = areas ? addressChunks(block).map((chunk) => ws.getRanges(chunk)) : block.map((cell) => ws.getRange(cell));
        for (const target of targets) {
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = MARK_FORMULA;
          cf.custom.format.fill.color = MARK_FILL;
        }
      }
      const room = withNotes ? Math.max(0, MAX_NOTES - noted) : 0;
      if (room > 0) {
        const toNote = block.slice(0, room);
        const existing = toNote.map((cell) => ws.notes.getItemOrNullObject(cell));
        await context.sync();
        toNote.forEach((cell, k) => {
          if (!existing[k]!.isNullObject) return;
          ws.notes.add(cell, NOTE_PREFIX + cells.get(cell)!.join('\n'));
          record.notes.push({ sheet, cell });
          noted++;
        });
        // Keep the record current in the same sync, so a failure part-way still lets Clear find these notes.
        context.workbook.settings.add(MARKS_KEY, record as never);
      }
      await context.sync();
      if (colour || room > 0) marked += block.length;
    }
  }
  await saveSetting(context, MARKS_KEY, record.sheets.length || record.notes.length ? record : undefined);
  return { cells: marked, notes: noted, coloured: colour, notesSupported: withNotes };
}

/**
 * Deletes our conditional formats (by their signature formula) and our notes; nothing else. A host without notes
 * (ExcelApi 1.18) or conditional formats (1.6) never calls those APIs: what it cannot clear stays on record (returned)
 * for a host that can.
 */
export async function clearHighlights(context: Ctx): Promise<MarkRecord> {
  const record = parseMarkRecord(await loadSetting(context, MARKS_KEY));
  if (record.sheets.length === 0 && record.notes.length === 0) return record;
  const notesOk = notesSupported();
  const coloursOk = coloursSupported();
  // A sheet deleted since Highlight has nothing left to clear (and its null object has no notes to ask).
  const present = new Set(await sheetNames(context));
  const noted = notesOk ? record.notes.filter((n) => present.has(n.sheet)) : [];
  for (let i = 0; i < noted.length; i += MARK_BLOCK) {
    const block = noted.slice(i, i + MARK_BLOCK);
    const notes = block.map(({ sheet, cell }) => context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cell));
    for (const n of notes) n.load('content');
    await context.sync();
    for (const n of notes) if (!n.isNullObject && typeof n.content === 'string' && n.content.startsWith(NOTE_PREFIX)) n.delete();
    await context.sync();
  }
  for (const sheet of coloursOk ? record.sheets : []) {
    if (!present.has(sheet)) continue;
    const ws = context.workbook.worksheets.getItem(sheet);
    const formats = ws.getRange().conditionalFormats;
    formats.load('items/type');
    await context.sync();
    const customs = formats.items.filter((f) => f.type === 'Custom').map((f) => ({ format: f, custom: f.customOrNullObject }));
    for (const c of customs) c.custom.rule.load('formula');
    await context.sync();
    for (const c of customs) if (!c.custom.isNullObject && c.custom.rule.formula === MARK_FORMULA) c.format.delete();
    await context.sync();
  }
  const kept: MarkRecord = { sheets: coloursOk ? [] : record.sheets, notes: notesOk ? [] : record.notes };
  await saveSetting(context, MARKS_KEY, kept.sheets.length || kept.notes.length ? kept : undefined);
  return kept;
}

// ---- writing tables (import) and the Returns log ---------------------------------------------------------------

function toExcel(v: CellValue): { value: string | number | boolean; format: string } {
  if (v === null || v === undefined) return { value: '', format: 'General' };
  if (v instanceof Date) return { value: isoToSerial(v.toISOString().slice(0, 10)), format: 'dd/mm/yyyy' };
  if (typeof v === 'object') return { value: v.error, format: 'General' };
  if (typeof v === 'string') return { value: v, format: '@' };
  return { value: v, format: 'General' };
}

async function writeRows(context: Ctx, ws: Excel.Worksheet, row0: number, col0: number, rows: CellValue[][], width: number, formats?: (string | undefined)[]): Promise<void> {
  const step = rowsPerBlock(width, WRITE_CELL_BUDGET);
  for (let start = 0; start < rows.length; start += step) {
    const part = rows.slice(start, start + step);
    // the header row (first) keeps the format of its text; data cells take their column's format where the plan gives one
    const cells = part.map((r, ri) => Array.from({ length: width }, (_, c) => {
      const x = toExcel(r[c]);
      const f = start + ri > 0 ? formats?.[c] : undefined;
      return f && typeof x.value !== 'boolean' ? { value: x.value, format: f } : x;
    }));
    const range = rangeAt(ws, row0 + start, col0, part.length, width);
    range.numberFormat = cells.map((r) => r.map((c) => c.format));
    range.values = cells.map((r) => r.map((c) => c.value));
    await context.sync();
  }
}

/** What the host can do of the workbook plan's layout (each part beyond ExcelApi 1.7 is checked, and skipped without). */
export interface ImportCapabilities {
  /** Drop-down lists of codes: ExcelApi 1.8 (range.dataValidation). */
  dropDowns: boolean;
  /** Header notes: ExcelApi 1.18 (worksheet.notes). */
  notes: boolean;
  /** Landscape, fit to width, header row on every page: ExcelApi 1.9 (worksheet.pageLayout). */
  pageLayout: boolean;
  /** The frozen header row: ExcelApi 1.7 (worksheet.freezePanes). */
  freezePanes: boolean;
}

export function importCapabilities(): ImportCapabilities {
  return { dropDowns: excelApiSupported(EXCEL_API.dataValidation), notes: excelApiSupported(EXCEL_API.notes), pageLayout: excelApiSupported(EXCEL_API.pageLayout), freezePanes: excelApiSupported(EXCEL_API.freezePanes) };
}

/** What an import could not lay out on this Excel, in words for the pane. */
export function missingLayout(caps: ImportCapabilities): string[] {
  const out: string[] = [];
  if (!caps.dropDowns) out.push('drop-down lists of codes (this Excel lacks ExcelApi 1.8)');
  if (!caps.notes) out.push('header notes (this Excel lacks ExcelApi 1.18)');
  if (!caps.pageLayout) out.push('print setup (this Excel lacks ExcelApi 1.9)');
  if (!caps.freezePanes) out.push('the frozen header row (this Excel lacks ExcelApi 1.7)');
  return out;
}

/** Excel's column width in points for a width in characters of the default font (8.43 characters = 48 points). */
export const POINTS_PER_CHARACTER = 48 / 8.43;

function rangeA1(r: number, c: number, rows: number, cols: number): string {
  return `${columnLetter(c + 1)}${r + 1}:${columnLetter(c + cols)}${r + rows}`;
}

/** Refuses (before anything is written) to write over a sheet named like the plan's code lists that the add-in did not make. */
async function checkListsSheet(context: Ctx, plan: WorkbookPlan): Promise<void> {
  const lists = plan.lists;
  if (!lists) return;
  const ws = context.workbook.worksheets.getItemOrNullObject(lists.sheet);
  await context.sync();
  if (ws.isNullObject) return;
  const a1 = ws.getRange('A1');
  a1.load('values');
  await context.sync();
  const title = a1.values[0]?.[0];
  if (title !== '' && title !== lists.headers[0]) throw new Error(`The workbook already has a sheet called "${lists.sheet}" that ILR Workbench did not make; rename it to import (ILR Workbench keeps the code lists of the drop-downs there).`);
}

async function writeLists(context: Ctx, plan: WorkbookPlan): Promise<void> {
  const lists = plan.lists;
  if (!lists) return;
  let ws = context.workbook.worksheets.getItemOrNullObject(lists.sheet);
  await context.sync();
  if (ws.isNullObject) ws = context.workbook.worksheets.add(lists.sheet);
  ws.getRange().clear('Contents');
  await writeRows(context, ws, 0, 0, [lists.headers, ...lists.rows], lists.headers.length);
  rangeAt(ws, 0, 0, 1, lists.headers.length).format.font.bold = true;
  ws.visibility = 'Hidden' as Excel.SheetVisibility;
  await context.sync();
}

/** Lays out one written sheet as the plan says: a table with its filter, font, widths, frozen header, drop-downs, notes, print setup. */
async function layOutSheet(context: Ctx, ws: Excel.Worksheet, p: SheetPlan, font: WorkbookPlan['font'], caps: ImportCapabilities): Promise<void> {
  const width = p.columns.length;
  if (width === 0) return;
  const r0 = p.headerRow - 1;
  const c0 = p.firstColumn - 1;
  const all = rangeAt(ws, r0, c0, p.rowCount + 1, width);
  all.format.font.name = font.name;
  all.format.font.size = font.size;
  rangeAt(ws, r0, c0, 1, width).format.font.bold = true;
  if (p.filter) {
    // a table needs a data row: an empty sheet's table has one blank row
    const table = ws.tables.add(`'${p.sheet.replace(/'/g, "''")}'!${rangeA1(r0, c0, Math.max(p.rowCount, 1) + 1, width)}`, true);
    table.showBandedRows = false;
  }
  p.columns.forEach((col, i) => {
    rangeAt(ws, r0, c0 + i, 1, 1).format.columnWidth = Math.round(col.width * POINTS_PER_CHARACTER);
  });
  if (caps.freezePanes) ws.freezePanes.freezeRows(p.freezeRows);
  if (caps.dropDowns) {
    p.columns.forEach((col, i) => {
      const dd = col.dropDown;
      if (!dd) return;
      const v = rangeAt(ws, r0 + 1, c0 + i, p.dropDownLastRow - p.headerRow, 1).dataValidation;
      v.clear();
      v.rule = { list: { inCellDropDown: true, source: dd.inline ?? `=${dd.listRange}` } };
      v.prompt = { showPrompt: true, title: dd.promptTitle, message: dd.prompt };
      v.errorAlert = { showAlert: true, style: (dd.strict ? 'Stop' : 'Warning') as Excel.DataValidationAlertStyle, title: dd.errorTitle, message: dd.error };
    });
  }
  if (caps.notes) {
    const notes: [string, string][] = [];
    p.columns.forEach((col, i) => col.note && notes.push([`${columnLetter(c0 + i + 1)}${p.headerRow}`, col.note]));
    p.rowNotes?.forEach((n, i) => n && notes.push([`${columnLetter(c0 + 1)}${p.headerRow + 1 + i}`, n]));
    if (notes.length) {
      const existing = notes.map(([a]) => ws.notes.getItemOrNullObject(a));
      await context.sync();
      existing.forEach((n) => !n.isNullObject && n.delete());
      for (const [a, text] of notes) ws.notes.add(a, text);
    }
  }
  if (caps.pageLayout) {
    ws.pageLayout.orientation = 'Landscape' as Excel.PageOrientation;
    if (p.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(`$${p.headerRow}:$${p.headerRow}`);
  }
  await context.sync();
}

/**
 * Replaces the contents of each named sheet with its table, creating missing sheets. With a workbook plan
 * (core/sheet/workbook-plan.ts, the layout the CLI's writer follows too) each sheet is also laid out: an Excel table
 * (ExcelApi 1.1) with its filter buttons over the header and rows, the plan's font and column widths, number formats per
 * column, frozen header (1.7), drop-down lists of codes (1.8), header notes (1.18) and landscape print setup (1.9),
 * with the hidden Lists sheet. A host without a requirement set gets the rest; the names of what was left out are
 * returned for the pane to say. A table the add-in or the user made on a replaced sheet is turned back into a range
 * first (tables may not overlap).
 */
export async function writeTables(context: Ctx, tables: SheetTable[], plan?: WorkbookPlan, caps: ImportCapabilities = importCapabilities()): Promise<string[]> {
  const plans = new Map(plan?.sheets.map((p) => [p.sheet, p]) ?? []);
  if (plan) await checkListsSheet(context, plan);
  for (const t of tables) {
    let ws = context.workbook.worksheets.getItemOrNullObject(t.sheet);
    await context.sync();
    if (ws.isNullObject) ws = context.workbook.worksheets.add(t.sheet);
    const sheetPlan = plans.get(t.sheet);
    if (sheetPlan) {
      const old = ws.tables;
      old.load('items/name');
      await context.sync();
      for (const x of old.items) x.convertToRange();
    }
    ws.getRange().clear('Contents');
    const width = Math.max(t.headers.length, ...t.rows.map((r) => r.length));
    const formats = sheetPlan?.columns.map((c) => c.numberFormat);
    if (width > 0) await writeRows(context, ws, t.headerRow - 1, t.firstColumn - 1, [t.headers, ...t.rows], width, formats);
    else await context.sync();
    if (sheetPlan && plan) await layOutSheet(context, ws, sheetPlan, plan.font, caps);
  }
  if (plan) await writeLists(context, plan);
  return plan ? missingLayout(caps) : [];
}

/** "Exported at" as an Excel date-time of UK local time (a log written before that holds the ISO text: kept as it is). */
function logRow(e: ReturnLogEntry): (string | number)[] {
  const when = new Date(e.exportedAt);
  const at = Number.isNaN(when.getTime()) ? e.exportedAt : ukSerial(when);
  return [at, e.fileName, e.serialNo, e.learners, e.deliveries, e.destinations, e.sha256];
}

/** "Exported at" back as an ISO date-time (UTC, to the second) from the date-time serial; older text as it was. */
function exportedAtOf(v: CellValue): string {
  if (typeof v === 'number') return fromUkSerial(v).toISOString().replace('.000Z', 'Z');
  return String(v ?? '');
}

export async function readReturnLog(context: Ctx): Promise<ReturnLogEntry[]> {
  const t = await readSheet(context, RETURNS_SHEET);
  if (!t) return [];
  return t.rows
    .filter((r) => r.some((v) => v !== null && v !== ''))
    .map((r) => ({
      exportedAt: exportedAtOf(r[0] ?? null),
      fileName: String(r[1] ?? ''),
      serialNo: String(r[2] ?? ''),
      learners: Number(r[3] ?? 0),
      deliveries: Number(r[4] ?? 0),
      destinations: Number(r[5] ?? 0),
      sha256: String(r[6] ?? ''),
    }));
}

/** Adds one row under the last used row of the Returns sheet (creating the sheet with its headers). */
export async function appendReturnLog(context: Ctx, entry: ReturnLogEntry): Promise<void> {
  let ws = context.workbook.worksheets.getItemOrNullObject(RETURNS_SHEET);
  await context.sync();
  let next = 1;
  if (ws.isNullObject) {
    ws = context.workbook.worksheets.add(RETURNS_SHEET);
    const head = rangeAt(ws, 0, 0, 1, RETURNS_HEADERS.length);
    head.values = [RETURNS_HEADERS];
    head.format.font.bold = true;
  } else {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    await context.sync();
    next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    if (used.isNullObject) {
      rangeAt(ws, 0, 0, 1, RETURNS_HEADERS.length).values = [RETURNS_HEADERS];
      next = 1;
    }
  }
  const row = rangeAt(ws, next, 0, 1, RETURNS_HEADERS.length);
  row.numberFormat = [[UK_DATE_TIME_FORMAT, '@', '@', 'General', 'General', 'General', '@']];
  row.values = [logRow(entry)];
  await context.sync();
}

// ---- the Summary sheet -----------------------------------------------------------------------------------------

export const SUMMARY_SHEET = 'Summary';
export const SUMMARY_TITLE = 'ILR Workbench summary';

/**
 * Replaces the Summary sheet's contents and charts with the blocks (one under another, a blank row between) and a
 * clustered column chart beside each block marked `chart`. A Summary sheet the add-in did not make (A1 is not
 * SUMMARY_TITLE) is left alone and an error says so.
 */
export async function writeSummary(context: Ctx, blocks: SummaryBlock[], when = new Date()): Promise<void> {
  let ws = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  await context.sync();
  if (ws.isNullObject) {
    ws = context.workbook.worksheets.add(SUMMARY_SHEET);
  } else {
    const a1 = ws.getRange('A1');
    a1.load('values');
    const charts = ws.charts;
    charts.load('items/name');
    await context.sync();
    const title = a1.values[0]?.[0];
    if (title !== '' && title !== SUMMARY_TITLE) throw new Error(`The workbook already has a sheet called "${SUMMARY_SHEET}" that ILR Workbench did not make; rename it to write the summary.`);
    for (const c of charts.items) c.delete();
    ws.getRange().clear('All');
  }
  const width = Math.max(3, ...blocks.map((b) => b.header.length));
  const pad = (r: (string | number)[]) => [...r, ...Array.from({ length: width - r.length }, () => '')];
  const head = rangeAt(ws, 0, 0, 2, width);
  // "Written" and the moment as an Excel date-time of UK local time
  head.values = [pad([SUMMARY_TITLE]), pad(['Written', ukSerial(when)])];
  head.getRow(0).format.font.bold = true;
  rangeAt(ws, 1, 1, 1, 1).numberFormat = [[UK_DATE_TIME_FORMAT]];
  // without ExcelApi 1.7 a chart could not name its categories (the codes): the tables are written without charts
  const charts = excelApiSupported(EXCEL_API.chartCategories);
  let row = 3;
  for (const b of blocks) {
    rangeAt(ws, row, 0, 1, 1).values = [[ukDatesInText(b.heading)]];
    rangeAt(ws, row, 0, 1, 1).format.font.bold = true;
    const body = [b.header, ...(b.rows.length ? b.rows : [['(none)']])].map(pad);
    const range = rangeAt(ws, row + 1, 0, body.length, width);
    // a date (the destinations' end and due dates) as an Excel date shown dd/mm/yyyy; other text as text
    const cells = body.map((r) => r.map(summaryCell));
    range.numberFormat = cells.map((r) => r.map((c) => c.format));
    range.values = cells.map((r) => r.map((c) => c.value));
    rangeAt(ws, row + 1, 0, 1, width).format.font.bold = true;
    if (charts && b.chart && b.rows.length > 0) {
      const n = b.rows.length;
      // Values: the block's last column with its header (the series name); categories: the codes.
      const chart = ws.charts.add('ColumnClustered', rangeAt(ws, row + 1, b.header.length - 1, n + 1, 1), 'Columns');
      chart.series.getItemAt(0).setXAxisValues(rangeAt(ws, row + 2, 0, n, 1));
      chart.legend.visible = false;
      chart.title.text = b.heading;
      chart.setPosition(rangeAddress(row, width + 1, 1, 1), rangeAddress(row + 14, width + 7, 1, 1));
    }
    row += body.length + 2;
  }
  await context.sync();
}


// ---- the port ------------------------------------------------------------------------------------------------

type Runner = <T>(batch: (context: Ctx) => Promise<T>) => Promise<T>;

/** WorkbookPort over Excel.run (or a given runner, for tests). */
export function createExcelPort(run: Runner = (batch) => Excel.run(batch)): WorkbookPort {
  return {
    sheetNames: () => run((c) => sheetNames(c)),
    readSheet: (name, progress) => run((c) => readSheet(c, name, progress)),
    selectCell: (sheet, cell) => run((c) => selectCell(c, sheet, cell)),
    highlight: (marks) => run((c) => highlight(c, marks)),
    clearHighlights: async () => {
      await run((c) => clearHighlights(c));
    },
    writeTables: (tables, plan) => run((c) => writeTables(c, tables, plan)),
    loadSettings: () => run((c) => loadSetting(c, SETTINGS_KEY)),
    loadAddedYears: () => run((c) => loadAddedYears(c, STORED_YEARS_NAMESPACE)),
    recalculate: () => run((c) => recalculate(c)),
    saveAddedYears: (xml) => run((c) => saveAddedYears(c, STORED_YEARS_NAMESPACE, xml)),
    saveSettings: (s) => run((c) => saveSetting(c, SETTINGS_KEY, s)),
    readReturnLog: () => run((c) => readReturnLog(c)),
    appendReturnLog: (e) => run((c) => appendReturnLog(c, e)),
    writeSummary: (blocks) => run((c) => writeSummary(c, blocks)),
  };
}
