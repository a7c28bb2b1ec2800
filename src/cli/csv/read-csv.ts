import Papa from 'papaparse';
import { CELL_MAX_CHARS, longTextCell, type CellValue, type SheetTable } from '../../core/sheet/table';
import { decodeText, unreadableIn, type DecodedText } from './decode-text';

/**
 * A CSV file as one SheetTable named after the file (so a file named LearningDelivery.csv is that sheet; any other
 * name is matched by its headers, e.g. a flat MIS export). Every value is text, as typed; a value longer than any
 * cell can hold is kept as its start and length; a value with bytes the file's encoding cannot read is an
 * unreadable cell (reported where it is read), never text with a replacement character.
 */
export function csvToTable(text: string, sheetName: string, decoded?: DecodedText): SheetTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const cell = (v: string): CellValue => {
    if (v === '') return null;
    const bad = decoded ? unreadableIn(v, decoded) : undefined;
    if (bad) return { error: `unreadable ${bad}`, unreadable: { kind: 'bytes', encoding: decoded!.encoding, detail: bad } };
    return v.length > CELL_MAX_CHARS ? longTextCell(v, v.length) : v;
  };
  const rows = parsed.data.map((r) => r.map(cell));
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const [headers = [], ...data] = rows;
  return { sheet: sheetName, headerRow: 1, firstColumn: 1, headers, rows: data };
}

/** A CSV file's bytes as a table, in whatever encoding they are (see decodeText); the note when it was guessed. */
export function csvBytesToTable(bytes: Uint8Array, sheetName: string): { table: SheetTable; note?: string } {
  const decoded = decodeText(bytes);
  return { table: csvToTable(decoded.text, sheetName, decoded), ...(decoded.note ? { note: decoded.note } : {}) };
}
