import { SaxesParser } from 'saxes';

export type NsParser = SaxesParser<{ xmlns: true; position: true }>;

/**
 * A SAX parser that refuses any document type declaration. ILR files never need one, and refusing it
 * means no DTD is read and no entity is ever expanded (no billion-laughs, no external entities).
 * Only the five predefined XML entities and character references are understood.
 */
export class DoctypeRefusedError extends Error {
  constructor(public readonly line: number) {
    super(`line ${line}: the file has a DOCTYPE (document type declaration); ILR files must not have one, so it was refused without reading it`);
    this.name = 'DoctypeRefusedError';
  }
}

export function createSafeParser(): NsParser {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('doctype', () => {
    throw new DoctypeRefusedError(parser.line);
  });
  return parser;
}
