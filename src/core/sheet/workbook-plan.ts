import { codeList, codeListSource, isValidCode } from '../codes';
import type { CodeEntry } from '../codes';
import { years as defaultRegistry, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';
import { RETURN_SHEET } from './layout';
import { columnLetter, isCellError, type CellValue } from './table';
import { cellValueOf, columnNotes, columnType, type SheetSource } from './write-tables';

/**
 * The layout of an ILR workbook, decided once for both writers (the CLI's streaming .xlsx writer and the task pane's
 * Office.js import): per sheet its columns (header, width, number format, header note, drop-down list of codes),
 * frozen header row, filter and print setup, plus the hidden Lists sheet holding every code list a drop-down uses.
 * Pure data: no exceljs, no Office.js.
 *
 * Drop-downs: a list validation on every column whose field has an enumerated code list for the year (CompStatus,
 * Outcome, WithdrawReason, FundModel, OutType, Ethnicity …). Fields whose codes depend on a type in the same row
 * (LearnDelFAMCode, ESMCode, OutCode …) have no single list and get none. The list holds the codes themselves, as the
 * cell holds them (numbers for whole-number fields), so Excel's check compares like with like; the descriptions go in
 * the input prompt (Excel allows 255 characters: cut with "…") and in full on the Lists sheet. A list whose codes fit
 * in 255 characters is written inline ("1,2,3,6"); a longer one refers to its rows on the Lists sheet.
 * A list known to be complete stops a code not in it (errorStyle stop); an incomplete list only warns, so a valid code
 * the product does not know can still be typed.
 */

export const WORKBOOK_FONT = { name: 'Calibri', size: 11 } as const;
export const DATE_FORMAT = 'dd/mm/yyyy';
export const TEXT_FORMAT = '@';
/**
 * The hidden sheet of code lists; readers skip it by this name (core/sheet/read-tables.ts). Named so as not to meet a
 * college's own "Lists" sheet; the pane refuses to write over a sheet of this name it did not make.
 */
export const LISTS_SHEET = 'ILR Lists';
export const LISTS_HEADERS = ['List', 'Code', 'Description'] as const;
/** Excel's limit on the characters of one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** Excel's limit on an inline list's formula text, on a validation's prompt and on its error message. */
export const EXCEL_LIST_LIMIT = 255;
export const EXCEL_PROMPT_LIMIT = 255;
/** Excel's limit on a validation's prompt and error titles. */
export const EXCEL_TITLE_LIMIT = 32;
/** Rows below the data that still get the drop-downs, so new rows typed under an import or into a template have them. */
export const DROP_DOWN_SPARE_ROWS = 2_000;
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Rows looked at when sizing columns. */
const WIDTH_SAMPLE = 200;
/** Widest sheet (in characters) shrunk to one page wide when printed: about 1.5 A4 landscape pages at full size. */
export const FIT_WIDTH_LIMIT = 200;

export interface DropDown {
  /** The code list's name (the field), e.g. "CompStatus". */
  key: string;
  /** The codes as the cells hold them. */
  values: (string | number)[];
  /** Whether the list is complete: a code not in it is stopped; otherwise only warned about. */
  strict: boolean;
  /** The codes comma-separated, when they fit Excel's inline list (255 characters); else the list is on LISTS_SHEET. */
  inline?: string;
  /** The list's codes on LISTS_SHEET, e.g. "'ILR Lists'!$B$2:$B$5". */
  listRange: string;
  promptTitle: string;
  /** "1 continuing; 2 completed; …", at most 255 characters. */
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface ColumnPlan {
  header: CellValue;
  /** Width in characters of the default font. */
  width: number;
  /** Number format for the whole column (dates dd/mm/yyyy, text @); undefined: General. */
  numberFormat?: string;
  /** The header cell's note (meaning, type, codes); undefined when notes are off or nothing is known. */
  note?: string;
  dropDown?: DropDown;
}

export interface SheetPlan {
  sheet: string;
  /** 1-based, as SheetTable. */
  headerRow: number;
  firstColumn: number;
  columns: ColumnPlan[];
  rowCount: number;
  /** Rows frozen at the top (the header row and above). */
  freezeRows: number;
  /** A filter on the header row (Excel tables where the host can make them). */
  filter: boolean;
  /** Last worksheet row (1-based) the drop-downs cover. */
  dropDownLastRow: number;
  /** Notes on the first column's cells, by data row index (the Return sheet: what each field is). */
  rowNotes?: (string | undefined)[];
  /**
   * Landscape with the header row on every page; a sheet narrow enough (FIT_WIDTH_LIMIT characters) is shrunk to one
   * page wide, a wider one prints across pages at full size (shrunk to one page it would be unreadable).
   */
  print: { orientation: 'landscape'; fitToWidth: boolean; titleRows: string };
}

export interface ListsPlan {
  sheet: typeof LISTS_SHEET;
  headers: string[];
  rows: CellValue[][];
}

export interface WorkbookPlan {
  font: typeof WORKBOOK_FONT;
  sheets: SheetPlan[];
  /** The hidden sheet of code lists; undefined when no sheet has a drop-down. */
  lists?: ListsPlan;
}

export interface PlanOptions {
  /** Header notes (meaning, type, codes). Default true. */
  notes?: boolean;
  registry?: YearRegistry;
  /** Longest inline list (Excel's 255 by default); longer lists refer to the code-list sheet. */
  inlineListLimit?: number;
}

/** Ends a prompt cut to Excel's limit. */
const PROMPT_MORE = ' (all codes: header note)';

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function textWidth(v: CellValue): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return 10;
  return String(isCellError(v) ? v.error : v).length;
}

/** A column wide enough for its bold header and the filter button, and for the values looked at. */
function widthFor(header: CellValue, sampleWidth: number, filter: boolean): number {
  const head = Math.ceil(textWidth(header) * 1.15) + (filter ? 4 : 2);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, head, sampleWidth + 2));
}

/** Enumerated codes for a column's field, or undefined (no list, a typed list, or a format description). */
function codesFor(year: IlrYear, header: string): { field: string; codes: CodeEntry[]; complete: boolean } | undefined {
  const field = header.split('.').pop()!;
  const codes = codeList(year.code, field);
  if (!codes?.length) return undefined;
  if (isValidCode(year.code, field, codes[0]!.code) === undefined) return undefined; // a format, not a list of codes
  return { field, codes, complete: codeListSource(year.code, field)?.complete ?? false };
}

interface ListBuilder {
  rows: CellValue[][];
  ranges: Map<string, string>;
}

function dropDownFor(year: IlrYear, sheet: string, header: string, lists: ListBuilder, registry: YearRegistry, inlineLimit: number): DropDown | undefined {
  const found = codesFor(year, header);
  if (!found) return undefined;
  const type = columnType(year, sheet, header, registry);
  const values = found.codes.map((c) => {
    const v = type ? cellValueOf(c.code, type) : c.code;
    return typeof v === 'number' ? v : c.code;
  });
  let listRange = lists.ranges.get(found.field);
  if (!listRange) {
    const first = lists.rows.length + 2;
    found.codes.forEach((c, i) => lists.rows.push([found.field, values[i]!, c.description ?? '']));
    listRange = `'${LISTS_SHEET}'!$B$${first}:$B$${first + found.codes.length - 1}`;
    lists.ranges.set(found.field, listRange);
  }
  const joined = values.join(',');
  const inlineOk = joined.length <= inlineLimit && !values.some((v) => /[,"]/.test(String(v)));
  const described = found.codes.map((c) => `${c.code}${c.description ? ` ${c.description}` : ''}`).join('; ');
  const prompt = described.length <= EXCEL_PROMPT_LIMIT ? described : `${cut(described, EXCEL_PROMPT_LIMIT - PROMPT_MORE.length)}${PROMPT_MORE}`;
  const error = found.complete
    ? `Choose one of the ${found.field} codes in the list (the header's note and the ${LISTS_SHEET} sheet say what each means).`
    : `This ${found.field} code is not in ILR Workbench's list, which may be incomplete. Keep it if the ILR specification has it.`;
  return {
    key: found.field,
    values,
    strict: found.complete,
    ...(inlineOk ? { inline: joined } : {}),
    listRange,
    promptTitle: cut(found.field, EXCEL_TITLE_LIMIT),
    prompt,
    errorTitle: cut(found.complete ? `${found.field}: not in the list` : `${found.field}: not in our list`, EXCEL_TITLE_LIMIT),
    error: cut(error, EXCEL_PROMPT_LIMIT),
  };
}

function sampleWidths(src: SheetSource): number[] {
  const widths: number[] = [];
  let n = 0;
  for (const row of src.rows()) {
    row.forEach((v, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(v))));
    if (++n >= WIDTH_SAMPLE) break;
  }
  return widths;
}

/** The plan of a workbook holding these sheets for the year. Looks at the first rows of each sheet (for widths) only. */
export function planWorkbook(year: IlrYear, sheets: SheetSource[], opts: PlanOptions = {}): WorkbookPlan {
  const registry = opts.registry ?? defaultRegistry;
  const notes = opts.notes !== false;
  const lists: ListBuilder = { rows: [], ranges: new Map() };
  const plans = sheets.map((src): SheetPlan => {
    const isReturn = src.sheet === RETURN_SHEET;
    const sampled = sampleWidths(src);
    const filter = !isReturn;
    const columns = src.headers.map((h, i): ColumnPlan => {
      const col: ColumnPlan = { header: h, width: widthFor(h, sampled[i] ?? 0, filter) };
      if (isReturn || typeof h !== 'string' || h.trim() === '') return col;
      const type = columnType(year, src.sheet, h, registry);
      if (type?.base === 'date') col.numberFormat = DATE_FORMAT;
      else if (type?.base === 'string') col.numberFormat = TEXT_FORMAT;
      if (notes) {
        const note = columnNotes(year, src.sheet, h, registry);
        if (note) col.note = note;
      }
      const dd = dropDownFor(year, src.sheet, h, lists, registry, opts.inlineListLimit ?? EXCEL_LIST_LIMIT);
      if (dd) col.dropDown = dd;
      return col;
    });
    const plan: SheetPlan = {
      sheet: src.sheet,
      headerRow: src.headerRow,
      firstColumn: src.firstColumn,
      columns,
      rowCount: src.rowCount,
      freezeRows: src.headerRow,
      filter,
      dropDownLastRow: Math.min(1_048_576, src.headerRow + src.rowCount + DROP_DOWN_SPARE_ROWS),
      print: { orientation: 'landscape', fitToWidth: columns.reduce((n, c) => n + c.width, 0) <= FIT_WIDTH_LIMIT, titleRows: `${src.headerRow}:${src.headerRow}` },
    };
    if (isReturn && notes) {
      const rowNotes: (string | undefined)[] = [];
      for (const r of src.rows()) rowNotes.push(typeof r[0] === 'string' ? columnNotes(year, RETURN_SHEET, r[0], registry) : undefined);
      plan.rowNotes = rowNotes;
    }
    return plan;
  });
  const plan: WorkbookPlan = { font: WORKBOOK_FONT, sheets: plans };
  if (lists.rows.length) plan.lists = { sheet: LISTS_SHEET, headers: [...LISTS_HEADERS], rows: lists.rows };
  return plan;
}

/** The A1 range a column's drop-down covers, e.g. "E2:E2101". */
export function dropDownRange(sheet: SheetPlan, columnIndex: number): string {
  const letter = columnLetter(sheet.firstColumn + columnIndex);
  return `${letter}${sheet.headerRow + 1}:${letter}${sheet.dropDownLastRow}`;
}

/** Thrown when a value is longer than an Excel cell can hold: the workbook is not written. */
export class CellTooLongError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellTooLongError';
  }
}

/**
 * Throws CellTooLongError when a value of the row is longer than Excel's 32,767 characters, naming the sheet, cell,
 * column and the row's learner (LearnRefNumber) so the user can find it in the file.
 */
export function checkCellLengths(src: { sheet: string; headerRow: number; firstColumn: number; headers: CellValue[] }, row: CellValue[], rowIndex: number): void {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (typeof v !== 'string' || v.length <= EXCEL_MAX_CELL_CHARS) continue;
    const cell = `${columnLetter(src.firstColumn + i)}${src.headerRow + 1 + rowIndex}`;
    const lrnAt = src.headers.indexOf('LearnRefNumber');
    const lrn = lrnAt >= 0 && typeof row[lrnAt] === 'string' ? ` of learner ${row[lrnAt] as string}` : '';
    const column = typeof src.headers[i] === 'string' ? String(src.headers[i]) : `column ${columnLetter(src.firstColumn + i)}`;
    throw new CellTooLongError(
      `${src.sheet}!${cell} (${column}${lrn}): the value is ${v.length.toLocaleString('en-GB')} characters long, more than the ${EXCEL_MAX_CELL_CHARS.toLocaleString('en-GB')} an Excel cell can hold; no workbook was written. Shorten ${column} in the XML file, then import it again.`,
    );
  }
}
