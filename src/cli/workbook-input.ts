import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { readTables } from '../core/sheet/read-tables';
import type { SheetTable } from '../core/sheet/table';
import { UnknownYearError, years } from '../core/years/registry';
import { csvBytesToTable } from './csv/read-csv';
import { UsageError } from './io';
import type { LoadedInput, LoadOptions } from './load-input';
import { NotWorkbookError, readXlsxTables } from './xlsx/read-xlsx';

/** The file beside a CSV input that holds the Return sheet's Field,Value pairs. */
export const RETURN_CSV = 'Return.csv';

/** Reads an .xlsx workbook or a .csv file (with a Return.csv beside it, if there is one) into the model. */
export async function loadWorkbookInput(path: string, kind: 'xlsx' | 'csv', opts: LoadOptions): Promise<LoadedInput> {
  let tables: SheetTable[];
  const readNotes: string[] = [];
  try {
    if (kind === 'xlsx') tables = await readXlsxTables(path);
    else {
      const csv = (file: string, sheet: string): SheetTable => {
        const { table, note } = csvBytesToTable(readFileSync(file), sheet);
        if (note) readNotes.push(`${basename(file)} ${note}`);
        return table;
      };
      tables = [csv(path, basename(path, extname(path)))];
      // A CSV holds one sheet; the header values (UKPRN, SerialNo …) come from a Return.csv (Field,Value) beside it.
      const ret = join(dirname(path), RETURN_CSV);
      if (existsSync(ret) && basename(path).toLowerCase() !== RETURN_CSV.toLowerCase()) tables.unshift(csv(ret, 'Return'));
    }
  } catch (e) {
    if (e instanceof NotWorkbookError) throw new UsageError(`${path} is not an Excel workbook (.xlsx): ${e.message}`);
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${path}: ${err.code ?? err.message}`);
  }
  try {
    const { message, problems, notes } = readTables(tables, { year: opts.year, registry: years, releaseRows: true });
    const shown = kind === 'csv' ? notes.map((n) => (n.startsWith('no Return sheet') ? `${n} (for a CSV file: a ${RETURN_CSV} beside it)` : n)) : notes;
    return { kind, message, problems, notes: [...readNotes, ...shown] };
  } catch (e) {
    if (e instanceof UnknownYearError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
