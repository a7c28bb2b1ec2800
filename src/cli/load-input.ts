import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { IlrMessage } from '../core/model/record';
import type { Finding } from '../core/rules/types';
import { XmlByteDecoder } from '../core/xml/decode-bytes';
import { IlrReadError, IlrXmlReader } from '../core/xml/read-xml';
import { years } from '../core/years/registry';
import { UsageError } from './io';
import { loadWorkbookInput } from './workbook-input';

export interface LoadedInput {
  kind: 'xml' | 'xlsx' | 'csv';
  message: IlrMessage;
  /** Problems found while reading cells (coercion, unknown codes of layout); empty for XML. */
  problems: Finding[];
  /** Notes for the user that are not problems (e.g. columns ignored, elements put in the XSD's order). */
  notes: string[];
}

export interface LoadOptions {
  /** Year code for workbook/CSV input when it has no Return sheet saying so. */
  year?: string;
}

/** Reads an .xml, .xlsx or .csv file into the model; unreadable input is a UsageError (exit 2). */
export async function loadInput(path: string, opts: LoadOptions = {}): Promise<LoadedInput> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xml') return loadXml(path);
  if (ext === '.xlsx' || ext === '.csv') return loadWorkbookInput(path, ext === '.xlsx' ? 'xlsx' : 'csv', opts);
  throw new UsageError(`${path}: unsupported file type "${ext || '(none)'}"; give an .xml, .xlsx or .csv file`);
}

/** Streams an XML file through the decoder (its declared encoding) and the reader, 1 MB at a time: never one whole-file string. */
async function loadXml(path: string): Promise<LoadedInput> {
  const decoder = new XmlByteDecoder();
  const reader = new IlrXmlReader(years);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      reader.write(decoder.write(chunk as Buffer));
    }
    reader.write(decoder.end());
    const message = reader.finish();
    return { kind: 'xml', message, problems: [], notes: reader.notes() };
  } catch (e) {
    if (e instanceof IlrReadError) throw new UsageError(`${path}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new UsageError(`cannot read ${path}: ${code}`);
    throw e;
  }
}
