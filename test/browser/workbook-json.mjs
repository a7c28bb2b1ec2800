/**
 * Turns an .xlsx workbook into the in-memory Excel host's JSON ({ sheets: [{ name, cells: { A1: { value, … } } }] }),
 * the way Excel's JavaScript API would show it: dates as serial numbers, formulas as their cached results (blank when
 * the file has none), rich text as its plain text; plus the cell fill, font colour and bold.
 */
import ExcelJS from 'exceljs';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function argbToHex(argb) {
  return typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export function excelValue(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === 'object') {
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : excelValue(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return v.error;
    return String(v);
  }
  return v;
}

export async function workbookJson(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const cells = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        const out = { value: excelValue(c.value) };
        const fill = c.fill && c.fill.type === 'pattern' && c.fill.pattern === 'solid' ? argbToHex(c.fill.fgColor && c.fill.fgColor.argb) : undefined;
        if (fill) out.fill = fill;
        if (c.font && c.font.bold) out.bold = true;
        const font = c.font && c.font.color ? argbToHex(c.font.color.argb) : undefined;
        if (font) out.fontColor = font;
        if (c.numFmt) out.numberFormat = c.numFmt;
        cells[c.address] = out;
      });
    });
    sheets.push({ name: ws.name, cells });
  });
  return { sheets };
}
