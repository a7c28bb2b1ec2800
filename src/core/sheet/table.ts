/**
 * A worksheet range as the sheet layer sees it: what the Excel adapter reads (values only), what exceljs
 * gives the CLI, what a CSV file is. Pure data, no Office.js and no exceljs types.
 */

/** A formula error as Excel shows it, e.g. "#N/A", "#VALUE!". */
export interface CellError {
  error: string;
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
