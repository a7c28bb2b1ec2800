import { layoutFor, RETURN_SHEET } from '../../core/sheet/layout';
import type { SheetTable } from '../../core/sheet/table';
import { years } from '../../core/years/registry';
import type { WorkbookPort } from '../excel/workbook-port';

/** The workbook's sheets that the year's layout knows (plus Return), in tab order. */
export function ilrSheetNames(all: string[], yearCode: string): string[] {
  const known = new Set(layoutFor(years.get(yearCode)).sheets.map((s) => s.name));
  known.add(RETURN_SHEET);
  return all.filter((n) => known.has(n));
}

/**
 * Reads every ILR sheet through the port. `progress` gets the overall fraction done (0..1) and the sheet being read.
 */
export async function readIlrSheets(port: WorkbookPort, yearCode: string, progress?: (fraction: number, sheet: string) => void): Promise<SheetTable[]> {
  const names = ilrSheetNames(await port.sheetNames(), yearCode);
  const tables: SheetTable[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    progress?.(i / names.length, name);
    const t = await port.readSheet(name, (done, total) => progress?.((i + (total > 0 ? done / total : 1)) / names.length, name));
    if (t) tables.push(t);
  }
  progress?.(1, '');
  return tables;
}
