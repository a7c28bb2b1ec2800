/**
 * A text file's bytes as text, in the encoding they are in: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE
 * (with a mark, or without one when every other byte is zero), else Windows-1252 — what Excel's "CSV" and most
 * Windows tools write — with a note saying so. Nothing is replaced silently: where bytes could not be read, the
 * decoded text holds U+FFFD (or, in Windows-1252, one of its five unassigned bytes as a C1 control), and
 * `unreadableIn` tells which cells hold such a mark.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether some bytes could not be read (marked in the text). */
  lossy: boolean;
  /** For the user, when the encoding was guessed. */
  note?: string;
}

const WHATWG: Record<TextEncodingName, string> = { 'UTF-8': 'utf-8', 'UTF-16 LE': 'utf-16le', 'UTF-16 BE': 'utf-16be', 'Windows-1252': 'windows-1252' };

function decode(bytes: Uint8Array, encoding: TextEncodingName): { text: string; lossy: boolean } {
  try {
    return { text: new TextDecoder(WHATWG[encoding], { fatal: true, ignoreBOM: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder(WHATWG[encoding], { fatal: false, ignoreBOM: true }).decode(bytes), lossy: true };
  }
}

/** UTF-16 without a mark: in the first bytes, zeros on one side only (ASCII text in two-byte units). */
function utf16WithoutMark(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'UTF-16 LE';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'UTF-16 BE';
  return undefined;
}

/** Windows-1252's five unassigned bytes, which decoders pass through as C1 controls. */
const CP1252_UNASSIGNED = /[\u0081\u008d\u008f\u0090\u009d]/;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ...decode(bytes.subarray(3), 'UTF-8'), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ...decode(bytes.subarray(2), 'UTF-16 LE'), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ...decode(bytes.subarray(2), 'UTF-16 BE'), encoding: 'UTF-16 BE' };
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen) return { ...decode(bytes, sixteen), encoding: sixteen };
  const utf8 = decode(bytes, 'UTF-8');
  if (!utf8.lossy) return { text: utf8.text, encoding: 'UTF-8', lossy: false };
  const text = new TextDecoder('windows-1252').decode(bytes);
  return {
    text,
    encoding: 'Windows-1252',
    lossy: CP1252_UNASSIGNED.test(text),
    note: 'is not UTF-8 text, so it was read as Windows-1252 (what Excel\'s "CSV" and most Windows programs write); check that accented letters (é, ü) read right, or save it as "CSV UTF-8"',
  };
}

/** What could not be read in a cell of a lossy decoding, e.g. "the byte 0x81"; undefined when the cell is whole. */
export function unreadableIn(cell: string, decoded: DecodedText): string | undefined {
  if (!decoded.lossy) return undefined;
  if (decoded.encoding === 'Windows-1252') {
    const m = CP1252_UNASSIGNED.exec(cell);
    return m ? `the byte 0x${m[0].charCodeAt(0).toString(16).toUpperCase()}` : undefined;
  }
  return cell.includes('\ufffd') ? 'bytes' : undefined;
}
