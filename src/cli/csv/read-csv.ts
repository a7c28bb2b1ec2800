import Papa from 'papaparse';
import type { SheetTable } from '../../core/sheet/table';

/**
 * A CSV file as one SheetTable named after the file (so a file named LearningDelivery.csv is that sheet; any other
 * name is matched by its headers, e.g. a flat MIS export). Every value is text, as typed.
 */
export function csvToTable(text: string, sheetName: string): SheetTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const rows = parsed.data.map((r) => r.map((v) => (v === '' ? null : v)));
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const [headers = [], ...data] = rows;
  return { sheet: sheetName, headerRow: 1, firstColumn: 1, headers, rows: data };
}
