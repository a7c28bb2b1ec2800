import type { LoadedInput, LoadOptions } from './load-input';
import { UsageError } from './io';

/** Reads an .xlsx workbook or a .csv file into the model (the sheet layer). */
export async function loadWorkbookInput(path: string, kind: 'xlsx' | 'csv', _opts: LoadOptions): Promise<LoadedInput> {
  throw new UsageError(`${path}: reading ${kind} files is not built yet`);
}
