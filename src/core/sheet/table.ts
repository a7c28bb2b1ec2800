/**
 * A worksheet range as the sheet layer sees it: what the Excel adapter reads (values only), what exceljs
 * gives the CLI, what a CSV file is. Pure data, no Office.js and no exceljs types.
 */

/** A formula error as Excel shows it, e.g. "#N/A", "#VALUE!"; or a cell the reader could not take as it stands. */
export interface CellError {
  /** Excel's error text; for an unreadable cell a short description of it (shown as the finding's value). */
  error: string;
  /** Set when the reader, not Excel, found the cell unreadable: reported at the cell, never read as a blank. */
  unreadable?: Unreadable;
}

/**
 * Why a cell could not be read: a formula saved without its calculated value (by a tool that does not calculate);
 * text longer than any cell can hold (only its start and length are kept); bytes that are not text in the file's
 * encoding; a cell whose part of the file is broken (e.g. a shared string that is not there).
 */
export type Unreadable =
  | { kind: 'uncalculated' }
  | { kind: 'long'; length: number; prefix: string }
  | { kind: 'bytes'; encoding: string; detail: string }
  | { kind: 'damaged'; detail: string };

/** Excel's limit on the characters in one cell; a longer value did not come from Excel, and is kept only in part. */
export const CELL_MAX_CHARS = 32_767;

/** The cell value for a formula saved without its calculated value. */
export function uncalculatedCell(): CellError {
  return { error: 'formula without a calculated value', unreadable: { kind: 'uncalculated' } };
}

/** The cell value for text too long to hold: its first characters and its length. */
export function longTextCell(prefix: string, length: number): CellError {
  return { error: `text of ${length.toLocaleString('en-GB')} characters`, unreadable: { kind: 'long', length, prefix: prefix.slice(0, 100) } };
}

/**
 * One cell's value: text, a number (Excel stores dates as serial numbers), a boolean, a JS Date (exceljs gives
 * those for date-formatted cells), a formula error, or null/undefined/"" for a blank cell.
 */
export type CellValue = string | number | boolean | Date | CellError | null | undefined;

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

export interface SheetTable {
  /** Worksheet name, used in every cell address. */
  sheet: string;
  /** 1-based worksheet row of the header row. */
  headerRow: number;
  /** 1-based worksheet column of the first column. */
  firstColumn: number;
  headers: CellValue[];
  /** Data rows in worksheet order; rows[i] is worksheet row headerRow + 1 + i. Blank rows may be present. */
  rows: CellValue[][];
  /** Optional number formats per column (e.g. "dd/mm/yyyy"), when the host can give them. */
  numberFormats?: (string | undefined)[];
}

/** Column letters for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  let n = index;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(t: SheetTable, rowIndex: number, colIndex: number): string {
  return `${columnLetter(t.firstColumn + colIndex)}${t.headerRow + 1 + rowIndex}`;
}
