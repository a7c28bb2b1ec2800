import ExcelJS from 'exceljs';
import type { CellValue, SheetTable } from '../../core/sheet/table';
import { columnIndex } from '../../core/sheet/table';

/**
 * An .xlsx workbook as SheetTables, read with exceljs: every worksheet; each Excel table as its own table, else the
 * sheet's used range. Formula cells give their cached result, errors {error}, rich text its plain text, hyperlinks
 * their text.
 */

/** One exceljs cell value as a plain CellValue. */
export function plainCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
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

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) return undefined;
  const left = columnIndex(m[1]!);
  const top = Number(m[2]);
  return { top, left, right: m[3] ? columnIndex(m[3]) : left, bottom: m[4] ? Number(m[4]) : top };
}

function grid(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = [];
    for (let c = left; c <= right; c++) vals.push(plainCellValue(row.getCell(c).value));
    out.push(vals);
  }
  return out;
}

function tableRef(t: unknown): string | undefined {
  const model = (t as { table?: { tableRef?: string; ref?: string } }).table;
  return model?.tableRef;
}

export function worksheetTables(ws: ExcelJS.Worksheet): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const t of ws.getTables()) {
    const ref = tableRef(t);
    const range = ref ? decodeRange(ref) : undefined;
    if (!range) continue;
    const [headers = [], ...rows] = grid(ws, range.top, range.left, range.bottom, range.right);
    tables.push({ sheet: ws.name, headerRow: range.top, firstColumn: range.left, headers, rows });
  }
  if (tables.length) return tables;
  let left = Infinity;
  let right = 0;
  let top = Infinity;
  let bottom = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      left = Math.min(left, c);
      right = Math.max(right, c);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
    });
  });
  if (bottom === 0) return [{ sheet: ws.name, headerRow: 1, firstColumn: 1, headers: [], rows: [] }];
  const [headers = [], ...rows] = grid(ws, top, left, bottom, right);
  return [{ sheet: ws.name, headerRow: top, firstColumn: left, headers, rows }];
}

export async function readXlsxTables(path: string): Promise<SheetTable[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.flatMap((ws) => worksheetTables(ws));
}

export async function readXlsxBuffer(data: ArrayBuffer | Buffer): Promise<SheetTable[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.flatMap((ws) => worksheetTables(ws));
}
