import { posix } from 'node:path';
import { CELL_MAX_CHARS, longTextCell, type CellValue } from '../../core/sheet/table';
import { parsePart } from './xml-part';
import { scanPart } from './xml-scan';
import { NotWorkbookError, type ZipParts } from './zip-parts';

/**
 * The small parts of an .xlsx package that the sheets need: the workbook's sheet list (name → part), relationships,
 * the styles that make a number a date, the shared strings (rich text as its plain text, phonetic runs left out;
 * text longer than a cell can hold kept as its start and length), and the Excel tables of a sheet.
 */

export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

/** A part's relationships: id → { target part, type }. */
export async function relationships(zip: ZipParts, part: string): Promise<Map<string, { target: string; type: string }>> {
  const relsPart = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const out = new Map<string, { target: string; type: string }>();
  if (!zip.has(relsPart)) return out;
  await parsePart(zip, relsPart, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(posix.dirname(part), a.Target));
      out.set(a.Id, { target, type: a.Type ?? '' });
    },
  });
  return out;
}

/** The workbook part named by the package's root relationships (xl/workbook.xml as Excel writes it). */
async function workbookPart(zip: ZipParts): Promise<string> {
  if (zip.has('_rels/.rels')) {
    let found: string | undefined;
    await parsePart(zip, '_rels/.rels', {
      open(name, a) {
        if (name === 'Relationship' && a.Type?.endsWith('/officeDocument') && a.Target) found ??= a.Target.replace(/^\//, '');
      },
    });
    if (found && zip.has(found)) return found;
  }
  if (zip.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new NotWorkbookError('it has no workbook in it (is it another kind of Office file?)');
}

export async function workbookInfo(zip: ZipParts): Promise<WorkbookInfo & { part: string }> {
  const part = await workbookPart(zip);
  const rels = await relationships(zip, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parsePart(zip, part, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const rel = a.id ? rels.get(a.id) : undefined;
      // Chart sheets and dialog sheets have no cells.
      if (!rel || !rel.type.endsWith('/worksheet')) return;
      sheets.push({ name: a.name ?? rel.target, part: rel.target });
    },
  });
  return { part, sheets, date1904 };
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a custom number format shows a date or time: d, m, y, h or s outside quotes, escapes and [colour]. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare.split(';')[0] ?? '');
}

/** For each cell style (the s attribute of a cell), whether it shows a date. */
export async function dateStyles(zip: ZipParts, workbookPartName: string): Promise<boolean[]> {
  const rels = await relationships(zip, workbookPartName);
  const stylesPart = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml';
  if (!zip.has(stylesPart)) return [];
  const custom = new Map<number, boolean>();
  const out: boolean[] = [];
  let inCellXfs = false;
  await parsePart(zip, stylesPart, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId) custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        out.push(custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}

/**
 * Collects the text of <t> elements (outside phonetic runs <rPh>) inside an element, bounded: past Excel's limit only
 * the length grows.
 */
export class TextCollector {
  text = '';
  length = 0;
  active = false;
  private inT = false;
  private phonetic = 0;

  start(): void {
    this.text = '';
    this.length = 0;
    this.active = true;
  }

  open(name: string): void {
    if (name === 't') this.inT = true;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.phonetic--;
  }

  add(s: string, always = false): void {
    if (!this.active || (!always && (!this.inT || this.phonetic > 0))) return;
    this.length += s.length;
    if (this.text.length <= CELL_MAX_CHARS) this.text += s.length > CELL_MAX_CHARS + 1 ? s.slice(0, CELL_MAX_CHARS + 1) : s;
  }

  /** The text, or a long-text cell when it is longer than a cell can hold. */
  value(): CellValue {
    this.active = false;
    return this.length > CELL_MAX_CHARS ? longTextCell(this.text, this.length) : this.text;
  }
}

export async function sharedStrings(zip: ZipParts, workbookPartName: string): Promise<CellValue[]> {
  const rels = await relationships(zip, workbookPartName);
  const part = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  if (!zip.has(part)) return [];
  const out: CellValue[] = [];
  const t = new TextCollector();
  // Scanned like a worksheet: it is as big (one entry per distinct text) and a long text streams through bounded.
  await scanPart(zip, part, {
    open(name) {
      if (name === 'si') t.start();
      else t.open(name);
    },
    close(name) {
      if (name === 'si') out.push(t.value());
      else t.close(name);
    },
    text: (s) => t.add(s),
  });
  return out;
}

export interface TableRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An A1 reference or range ("C5:Q9", "$A$1") as numbers. */
export function decodeRange(ref: string): TableRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = letters(m[1]!);
  const top = Number(m[2]);
  return { top, left, right: m[3] ? letters(m[3]) : left, bottom: m[4] ? Number(m[4]) : top };
}

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + ((s.charCodeAt(i) | 0x20) - 96);
  return n;
}

/** The Excel tables of a worksheet part, in the order its relationships list them (header row included). */
export async function sheetTables(zip: ZipParts, sheetPart: string): Promise<TableRange[]> {
  const rels = await relationships(zip, sheetPart);
  const out: TableRange[] = [];
  for (const r of rels.values()) {
    if (!r.type.endsWith('/table') || !zip.has(r.target)) continue;
    await parsePart(zip, r.target, {
      open(name, a) {
        if (name !== 'table' || !a.ref) return;
        const range = decodeRange(a.ref);
        if (!range) return;
        const totals = Number(a.totalsRowCount ?? 0);
        if (totals > 0) range.bottom = Math.max(range.top, range.bottom - totals);
        out.push(range);
      },
    });
  }
  return out;
}
