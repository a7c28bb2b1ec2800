import { messageFrom } from '../../core/model/build';
import { addChild, newRecord, type IlrRecord } from '../../core/model/record';
import type { RuleDefinition } from '../../core/rules/types';
import { cellError, cellText, isBlank, isOmitted } from './cells';
import { asOfArg, outputArg, yearArg } from './options';
import { ArgumentError, type ColumnResult } from './problems';
import { putFields, rowLocation, type InputColumn } from './row-model';
import { runRowCheck } from './row-check';
import { matchHeaders } from './sheet-entities';

function grid(arg: unknown, name: string): unknown[][] {
  if (isOmitted(arg)) throw new ArgumentError(`${name} is missing`);
  if (!Array.isArray(arg)) return [[arg]];
  return (arg as unknown[]).map((r) => (Array.isArray(r) ? r : [r]));
}

/**
 * ILR.CHECKROW(HeaderRange, RowRange, [Year]): any row of any ILR sheet. The headers (XML element names, in any order
 * and case, spaces ignored) say which record type the row holds — the one whose fields they name most — and which
 * columns are keys of the records above it (e.g. LearnRefNumber on a LearningDelivery row). Runs every single-record
 * rule that reads only the columns present: the field-definition rules of those fields and that record type's own
 * rules. Columns that are not ILR fields are ignored. A range of rows gives one result per row; each row is checked
 * on its own (rules comparing rows are for the task pane's whole-workbook check).
 */
export function checkRow(args: { headers: unknown; rows: unknown; year?: unknown; asOf?: unknown; output?: unknown }, pool?: readonly RuleDefinition[]): ColumnResult {
  const year = yearArg(args.year);
  const asOf = asOfArg(args.asOf);
  const form = outputArg(args.output);
  const headerGrid = grid(args.headers, 'HeaderRange');
  if (headerGrid.length !== 1) throw new ArgumentError(`HeaderRange must be one row (it has ${headerGrid.length})`);
  const headers = headerGrid[0]!.map((h) => (isBlank(h) || cellError(h) ? '' : cellText(h)));
  const rows = grid(args.rows, 'RowRange');
  const width = headers.length;
  const wrong = rows.findIndex((r) => r.length !== width);
  if (wrong >= 0) throw new ArgumentError(`RowRange must be as wide as HeaderRange (${width} columns; row ${wrong + 1} has ${rows[wrong]!.length})`);
  const match = matchHeaders(year, headers);
  if (!match) throw new ArgumentError(`The headers name no ILR field of ${year.label} (use the XML element names, e.g. LearnRefNumber, CompStatus)`);
  const { entity } = match;
  const columns: InputColumn[] = [];
  const levelFields: string[][] = entity.chain.map(() => []);
  const seen = new Set<string>();
  const fieldEntities: [string, string][] = [];
  match.columns.forEach((m, j) => {
    if (!m || seen.has(m.field.name)) return;
    seen.add(m.field.name);
    levelFields[m.level]!.push(m.field.name);
    fieldEntities.push([m.field.name, entity.chain[m.level]!.name]);
    columns.push({
      field: m.field.name,
      kind: m.field.simple?.base === 'date' ? 'date' : 'text',
      cells: rows.map((r) => r[j]),
    });
  });
  if (columns.length === 0) throw new ArgumentError('No column holds an ILR field');
  return runRowCheck({
    columns,
    year,
    asOf,
    form,
    selection: { purpose: `CHECKROW:${entity.name}`, entities: [entity.name] },
    fieldEntities,
    build: (readRows, y) => {
      const msg = messageFrom(y.code, { filePreparationDate: asOf, dateTime: `${asOf}T09:00:00` });
      const top = entity.chain[0]!.name;
      if (top === 'Header' || top === 'LearningProvider') msg.root.children[top] = [];
      const rowsOfLearner = new Map<string, number[]>();
      for (const r of readRows) {
        let parent: IlrRecord = msg.root;
        entity.chain.forEach((decl, level) => {
          const rec = addChild(parent, newRecord(decl.name, rowLocation(r.row)));
          putFields(rec, r.values, levelFields[level]!, r.row);
          parent = rec;
        });
        const ref = r.values.LearnRefNumber || `#row${r.row}`;
        const list = rowsOfLearner.get(ref);
        if (list) list.push(r.row);
        else rowsOfLearner.set(ref, [r.row]);
      }
      return { msg, rowsOfLearner };
    },
    ...(pool ? { pool } : {}),
  });
}
