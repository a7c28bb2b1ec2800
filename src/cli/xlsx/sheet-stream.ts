import { uncalculatedCell, type CellValue, type SheetTable } from '../../core/sheet/table';
import { decodeRange, TextCollector, type TableRange } from './workbook-parts';
import { attr, scanPart } from './xml-scan';
import type { ZipParts } from './zip-parts';

/**
 * One worksheet part read row by row (a SAX stream, never the whole sheet as XML or as a document model), into its
 * tables: each Excel table as its own table, else the used range. Only the cells a table can hold are kept (the
 * cells of its Excel tables, when it has some). Cell values as Excel shows them: a formula's calculated value, and
 * an unreadable cell for a formula saved without one; shared and inline strings (rich text as its plain text);
 * booleans; errors {error}; a number in a date style a Date. Merged cells give every cell the range's value (what
 * the user sees); hidden rows and columns are read (they are data).
 */

export interface SheetContext {
  strings: CellValue[];
  dateStyle: boolean[];
  date1904: boolean;
}

/** An Excel serial date as a Date, as exceljs gives it (UTC midnight for a whole day). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

function isBlankValue(v: CellValue): boolean {
  return v === null || v === undefined || v === '';
}

export async function readSheet(zip: ZipParts, name: string, part: string, tables: TableRange[], ctx: SheetContext): Promise<SheetTable[]> {
  const rows = new Map<number, CellValue[]>();
  const merges: TableRange[] = [];
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  const keep = tables.length
    ? (r: number, c: number) => tables.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right)
    : undefined;

  let rowNum = 0;
  let current: CellValue[] | undefined;
  let col = 0;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let hasV = false;
  let inV = false;
  let inIs = false;
  const v = new TextCollector();
  const inline = new TextCollector();

  const cellValue = (): CellValue => {
    const raw = v.text;
    switch (type) {
      case 's': {
        if (!hasV) return hasFormula ? uncalculatedCell() : null;
        const s = ctx.strings[Number(raw)];
        return s === undefined ? { error: 'missing shared string', unreadable: { kind: 'damaged', detail: 'its text is missing from the file' } } : s;
      }
      case 'inlineStr':
        return inline.value();
      case 'str':
        if (!hasV) return hasFormula ? uncalculatedCell() : null;
        return v.value();
      case 'b':
        if (!hasV || raw === '') return hasFormula ? uncalculatedCell() : null;
        return raw === '1' || raw === 'true';
      case 'e':
        return hasV ? { error: raw } : hasFormula ? uncalculatedCell() : null;
      case 'd': {
        if (!hasV || raw === '') return hasFormula ? uncalculatedCell() : null;
        const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      default: {
        // A formula saved without its result has no <v> (or an empty one: openpyxl writes <v></v>).
        if (!hasV || raw.trim() === '') return hasFormula ? uncalculatedCell() : null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return raw;
        return ctx.dateStyle[style] ? serialDate(n, ctx.date1904) : n;
      }
    }
  };

  await scanPart(zip, part, {
    open(el, tag) {
      switch (el) {
        case 'row': {
          const r = attr(tag, 'r');
          rowNum = r ? Number(r) : rowNum + 1;
          current = rows.get(rowNum);
          col = 0;
          break;
        }
        case 'c': {
          const r = attr(tag, 'r');
          col = r ? columnOf(r) : col + 1;
          type = attr(tag, 't') ?? 'n';
          const s = attr(tag, 's');
          style = s ? Number(s) : 0;
          hasFormula = false;
          hasV = false;
          break;
        }
        case 'f':
          hasFormula = true;
          break;
        case 'v':
          hasV = true;
          inV = true;
          v.start();
          break;
        case 'is':
          inIs = true;
          inline.start();
          break;
        case 'mergeCell': {
          const ref = attr(tag, 'ref');
          const range = ref ? decodeRange(ref) : undefined;
          if (range) merges.push(range);
          break;
        }
        default:
          if (inIs) inline.open(el);
      }
    },
    close(el) {
      switch (el) {
        case 'v':
          inV = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 'c': {
          if (!hasV && !hasFormula && type !== 'inlineStr') return;
          if (keep && !keep(rowNum, col)) return;
          const value = cellValue();
          if (isBlankValue(value)) return;
          if (!current) {
            current = rows.get(rowNum);
            if (!current) rows.set(rowNum, (current = []));
          }
          while (current.length < col - 1) current.push(null);
          current[col - 1] = value;
          if (rowNum < top) top = rowNum;
          if (rowNum > bottom) bottom = rowNum;
          if (col < left) left = col;
          if (col > right) right = col;
          break;
        }
        case 'row':
          current = undefined;
          break;
        default:
          if (inIs) inline.close(el);
      }
    },
    text(s) {
      if (inV) v.add(s, true);
      else if (inIs) inline.add(s);
    },
  });

  // Merged cells show the top-left cell's value across the range: every cell of it reads that value (bounded by
  // what the sheet holds, so a merge over a whole column costs nothing).
  for (const m of merges) {
    const value = rows.get(m.top)?.[m.left - 1];
    if (isBlankValue(value)) continue;
    const last = Math.min(m.bottom, Math.max(bottom, m.top));
    for (let r = m.top; r <= last; r++) {
      for (let c = m.left; c <= Math.min(m.right, Math.max(right, m.left)); c++) {
        if (keep && !keep(r, c)) continue;
        let row = rows.get(r);
        if (!row) rows.set(r, (row = []));
        while (row.length < c - 1) row.push(null);
        if (isBlankValue(row[c - 1])) row[c - 1] = value;
      }
    }
  }

  const grid = (t: number, l: number, b: number, rt: number): CellValue[][] => {
    const width = rt - l + 1;
    const out: CellValue[][] = [];
    for (let r = t; r <= b; r++) {
      const row = rows.get(r);
      let vals: CellValue[];
      if (row && !tables.length && l === 1 && row.length <= width) {
        vals = row; // the row array itself, padded: no copy
        rows.delete(r);
      } else {
        vals = row ? row.slice(l - 1, rt) : [];
      }
      while (vals.length < width) vals.push(null);
      out.push(vals);
    }
    return out;
  };

  if (tables.length) {
    return tables.map((t) => {
      const [headers = [], ...data] = grid(t.top, t.left, t.bottom, t.right);
      return { sheet: name, headerRow: t.top, firstColumn: t.left, headers, rows: data };
    });
  }
  if (bottom === 0) return [{ sheet: name, headerRow: 1, firstColumn: 1, headers: [], rows: [] }];
  const [headers = [], ...data] = grid(top, left, bottom, right);
  return [{ sheet: name, headerRow: top, firstColumn: left, headers, rows: data }];
}
