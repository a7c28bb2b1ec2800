import type { IlrMessage } from '../model/record';
import { years as defaultYears, type YearRegistry } from '../years/registry';
import { XmlByteDecoder } from './decode-bytes';
import { IlrXmlReader } from './read-xml';

/** Reads an ILR XML file given as bytes (or byte chunks), in its declared encoding; returns the message and notes. */
export function readIlrXmlBytes(input: Uint8Array | Iterable<Uint8Array>, registry: YearRegistry = defaultYears): { message: IlrMessage; notes: string[] } {
  const decoder = new XmlByteDecoder();
  const reader = new IlrXmlReader(registry);
  if (input instanceof Uint8Array) reader.write(decoder.write(input));
  else for (const c of input) reader.write(decoder.write(c));
  reader.write(decoder.end());
  return { message: reader.finish(), notes: reader.notes() };
}
