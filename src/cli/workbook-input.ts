import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readTables } from '../core/sheet/read-tables';
import type { SheetTable } from '../core/sheet/table';
import { UnknownYearError, years } from '../core/years/registry';
import { csvToTable } from './csv/read-csv';
import { UsageError } from './io';
import type { LoadedInput, LoadOptions } from './load-input';
import { readXlsxTables } from './xlsx/read-xlsx';

/** Reads an .xlsx workbook or a .csv file into the model (the sheet layer). */
export async function loadWorkbookInput(path: string, kind: 'xlsx' | 'csv', opts: LoadOptions): Promise<LoadedInput> {
  let tables: SheetTable[];
  try {
    if (kind === 'xlsx') tables = await readXlsxTables(path);
    else tables = [csvToTable(readFileSync(path, 'utf8'), basename(path, extname(path)))];
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${path}: ${err.code ?? err.message}`);
  }
  try {
    const { message, problems, notes } = readTables(tables, { year: opts.year, registry: years });
    return { kind, message, problems, notes };
  } catch (e) {
    if (e instanceof UnknownYearError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
