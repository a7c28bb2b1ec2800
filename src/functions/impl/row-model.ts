import { setField, type IlrRecord, type Location } from '../../core/model/record';
import type { Finding } from '../../core/rules/types';
import { at, readDate, readText, type Cell } from './cells';
import { rowProblem, type RowProblem } from './problems';

/**
 * Rows of a cell function → records of the ILR model → findings back to rows. Every value a function puts in the
 * model carries a location naming its row (sheet "#fn", cell "R<row>"), so a finding of any rule — including one that
 * compares several rows — lands on the row(s) it is about.
 */

export const FN_SHEET = '#fn';

const locations: Location[] = [];

/** The location of a row (one shared, never-changed object per row number, so a model of many rows allocates none). */
export function rowLocation(row: number): Location {
  let loc = locations[row];
  if (!loc) loc = locations[row] = Object.freeze({ sheet: FN_SHEET, cell: `R${row}` });
  return loc;
}

export function rowOfLocation(loc: Location | undefined): number | undefined {
  if (!loc || !('sheet' in loc) || loc.sheet !== FN_SHEET) return undefined;
  const n = Number(loc.cell.slice(1));
  return Number.isInteger(n) ? n : undefined;
}

export type FieldKind = 'text' | 'date';

/** One input column of a function: the field it holds and its cells (empty = argument left out). */
export interface InputColumn {
  field: string;
  kind: FieldKind;
  cells: Cell[];
}

/** The values of one row, by field, as model text ('' = blank). */
export type RowValues = Record<string, string>;

export type RowReading = { kind: 'values'; values: RowValues } | { kind: 'blank' } | { kind: 'problem'; problem: RowProblem };

/** Reads one row of the supplied columns: its values, or that it is blank, or the first value that cannot be read. */
export function readRow(columns: readonly InputColumn[], row: number): RowReading {
  return rowReader(columns)(row);
}

/** readRow for many rows of the same columns: which columns are supplied and decide blankness is worked out once. */
export function rowReader(columns: readonly InputColumn[]): (row: number) => RowReading {
  const supplied = columns.filter((c) => c.cells.length > 0);
  // A row is blank when every per-row column is empty (single values applying to every row do not count).
  const perRow = supplied.filter((c) => c.cells.length > 1);
  const deciding = perRow.length > 0 ? perRow : supplied;
  return (row) => {
    const values: RowValues = {};
    let problem: RowProblem | undefined;
    for (const c of supplied) {
      const r = c.kind === 'date' ? readDate(at(c.cells, row), c.field) : readText(at(c.cells, row), c.field);
      if (r.ok) values[c.field] = r.text;
      else {
        values[c.field] = '#';
        problem ??= rowProblem(r.problem, r.code);
      }
    }
    if (deciding.every((c) => values[c.field] === '')) return BLANK;
    if (problem) return { kind: 'problem', problem };
    return { kind: 'values', values };
  };
}

const BLANK: RowReading = Object.freeze({ kind: 'blank' });

/** Puts a row's values of the given fields on a record, each located at the row. Blank values are left out. */
export function putFields(rec: IlrRecord, values: RowValues, fields: readonly string[], row: number): void {
  const loc = rowLocation(row);
  for (const f of fields) {
    const v = values[f];
    if (v !== undefined && v !== '') setField(rec, f, v, loc);
  }
}

/** The supplied fields of a set of columns. */
export function suppliedFields(columns: readonly InputColumn[]): string[] {
  return columns.filter((c) => c.cells.length > 0).map((c) => c.field);
}

/**
 * Sorts findings into rows: by the row in the finding's location; else by its learner (every row of that learner);
 * else (no way to tell) onto every row checked.
 */
export function findingsByRow(
  findings: readonly Finding[],
  rowCount: number,
  rowsOfLearner: ReadonlyMap<string, readonly number[]>,
  checkedRows: readonly number[],
): FindingsByRow {
  const out = new FindingsByRow(rowCount);
  for (const f of findings) {
    const row = rowOfLocation(f.location);
    if (row !== undefined && row < rowCount) {
      out.add(row, f);
      // a cross-record finding is shown on every row it involves
      for (const r of f.related ?? []) {
        const other = rowOfLocation(r.location);
        if (other !== undefined && other < rowCount && other !== row) out.add(other, f);
      }
      continue;
    }
    const rows = (f.learnRefNumber !== undefined ? rowsOfLearner.get(f.learnRefNumber) : undefined) ?? checkedRows;
    for (const r of rows) out.add(r, f);
  }
  return out;
}

/** Findings per row, a list made only for rows that have any (most rows of a sheet have none). */
export class FindingsByRow {
  private readonly lists: (Finding[] | undefined)[];
  constructor(rowCount: number) {
    this.lists = new Array<Finding[] | undefined>(rowCount);
  }
  add(row: number, f: Finding): void {
    (this.lists[row] ??= []).push(f);
  }
  of(row: number): readonly Finding[] {
    return this.lists[row] ?? NONE;
  }
}

const NONE: readonly Finding[] = Object.freeze([]);
