import type ExcelJS from 'exceljs';
import { uncalculatedCell, type CellValue, type SheetTable } from '../../core/sheet/table';
import { readSheet } from './sheet-stream';
import { dateStyles, sharedStrings, sheetTables, workbookInfo } from './workbook-parts';
import { NotWorkbookError, ZipParts } from './zip-parts';

export { NotWorkbookError } from './zip-parts';

/**
 * An .xlsx workbook as SheetTables, streamed: the package's parts are inflated and parsed as they are read (see
 * zip-parts, xml-part, sheet-stream), never the whole workbook as a document model. Every worksheet; each Excel
 * table as its own table, else the sheet's used range. Formula cells give their calculated value (one saved without
 * it is an unreadable cell, reported where it is read), errors {error}, rich text its plain text, hyperlinks their
 * text. A file that is not a workbook is a NotWorkbookError with a plain reason.
 */

async function readPackage(input: string | Buffer): Promise<SheetTable[]> {
  const zip = await ZipParts.open(input);
  try {
    const wb = await workbookInfo(zip);
    const ctx = { strings: await sharedStrings(zip, wb.part), dateStyle: await dateStyles(zip, wb.part), date1904: wb.date1904 };
    const out: SheetTable[] = [];
    for (const s of wb.sheets) {
      if (!zip.has(s.part)) throw new NotWorkbookError(`its sheet "${s.name}" is missing`);
      out.push(...(await readSheet(zip, s.name, s.part, await sheetTables(zip, s.part), ctx)));
    }
    return out;
  } finally {
    await zip.close();
  }
}

export function readXlsxTables(path: string): Promise<SheetTable[]> {
  return readPackage(path);
}

export function readXlsxBuffer(data: ArrayBuffer | Buffer | Uint8Array): Promise<SheetTable[]> {
  const buf = Buffer.isBuffer(data) ? data : data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
  return readPackage(buf);
}

/** One exceljs cell value as a plain CellValue (for workbooks already in exceljs' model, e.g. in tests). */
export function plainCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return uncalculatedCell();
      return plainCellValue(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return plainCellValue(text as ExcelJS.CellRichTextValue);
      return (v as ExcelJS.CellHyperlinkValue).hyperlink;
    }
  }
  return String(v);
}
