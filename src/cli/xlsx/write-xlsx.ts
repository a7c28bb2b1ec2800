import ExcelJS from 'exceljs';
import { columnNotes, columnType } from '../../core/sheet/write-tables';
import { RETURN_SHEET } from '../../core/sheet/layout';
import type { CellValue, SheetTable } from '../../core/sheet/table';
import { isCellError } from '../../core/sheet/table';
import type { IlrYear } from '../../core/years/year';

/**
 * SheetTables as an .xlsx workbook with exceljs: header row bold and frozen, a note on each header cell (meaning,
 * XSD type, codes), dates as real Excel dates shown dd/mm/yyyy, text columns formatted as Text so leading zeros
 * survive, sensible widths.
 */

export const DATE_FORMAT = 'dd/mm/yyyy';
export const TEXT_FORMAT = '@';

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

function widthOf(v: CellValue): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return 10;
  return String(isCellError(v) ? v.error : v).length;
}

export interface WriteWorkbookOptions {
  /** Header notes (meaning, type, codes). Default true. */
  notes?: boolean;
}

export function tablesToWorkbook(tables: SheetTable[], year: IlrYear, opts: WriteWorkbookOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ILR Workbench';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: t.headerRow, xSplit: 0 }] });
    const isReturn = t.sheet === RETURN_SHEET;
    const headerRow = ws.getRow(t.headerRow);
    t.headers.forEach((h, i) => {
      const cell = headerRow.getCell(t.firstColumn + i);
      cell.value = excelValue(h);
      cell.font = { bold: true };
      if (!isReturn && opts.notes !== false && typeof h === 'string') {
        const note = columnNotes(year, t.sheet, h);
        if (note) cell.note = note;
      }
      const col = ws.getColumn(t.firstColumn + i);
      const type = isReturn || typeof h !== 'string' ? undefined : columnType(year, t.sheet, h);
      if (type?.base === 'date') col.numFmt = DATE_FORMAT;
      else if (type?.base === 'string') col.numFmt = TEXT_FORMAT;
      let width = Math.max(8, widthOf(h) + 2);
      for (const r of t.rows) width = Math.max(width, widthOf(r[i]) + 2);
      col.width = Math.min(width, 50);
    });
    headerRow.commit?.();
    t.rows.forEach((r, ri) => {
      const row = ws.getRow(t.headerRow + 1 + ri);
      r.forEach((v, i) => {
        const cell = row.getCell(t.firstColumn + i);
        cell.value = excelValue(v);
        if (v instanceof Date) cell.numFmt = DATE_FORMAT;
        else if (typeof v === 'string') cell.numFmt = TEXT_FORMAT;
      });
    });
    if (isReturn && opts.notes !== false) {
      t.rows.forEach((r, ri) => {
        const name = r[0];
        if (typeof name !== 'string') return;
        const cell = ws.getRow(t.headerRow + 1 + ri).getCell(t.firstColumn);
        cell.note = columnNotes(year, RETURN_SHEET, name);
      });
    }
  }
  return wb;
}

export async function writeXlsxFile(path: string, tables: SheetTable[], year: IlrYear, opts: WriteWorkbookOptions = {}): Promise<void> {
  await tablesToWorkbook(tables, year, opts).xlsx.writeFile(path);
}
