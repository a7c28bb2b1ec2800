import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { IlrMessage } from '../core/model/record';
import type { Finding } from '../core/rules/types';
import { readIlrXml, IlrReadError } from '../core/xml/read-xml';
import { years } from '../core/years/registry';
import { UsageError } from './io';
import { loadWorkbookInput } from './workbook-input';

export interface LoadedInput {
  kind: 'xml' | 'xlsx' | 'csv';
  message: IlrMessage;
  /** Problems found while reading cells (coercion, unknown codes of layout); empty for XML. */
  problems: Finding[];
  /** Notes for the user that are not problems (e.g. columns ignored). */
  notes: string[];
}

export interface LoadOptions {
  /** Year code for workbook/CSV input when it has no Return sheet saying so. */
  year?: string;
}

/** Reads an .xml, .xlsx or .csv file into the model; unreadable input is a UsageError (exit 2). */
export async function loadInput(path: string, opts: LoadOptions = {}): Promise<LoadedInput> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xml') {
    let xml: string;
    try {
      xml = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
      const message = readIlrXml(xml, years);
      return { kind: 'xml', message, problems: [], notes: [] };
    } catch (e) {
      if (e instanceof IlrReadError) throw new UsageError(`${path}: ${e.message}`);
      throw e;
    }
  }
  if (ext === '.xlsx' || ext === '.csv') return loadWorkbookInput(path, ext === '.xlsx' ? 'xlsx' : 'csv', opts);
  throw new UsageError(`${path}: unsupported file type "${ext || '(none)'}"; give an .xml, .xlsx or .csv file`);
}
