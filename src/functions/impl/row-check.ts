import type { IlrMessage } from '../../core/model/record';
import { runRules } from '../../core/rules/engine';
import type { CheckOptions, Finding, Rule } from '../../core/rules/types';
import type { IlrYear } from '../../core/years/year';
import { getFunctionAdviceSettings } from '../function-settings';
import { rowCountOf } from './cells';
import type { OutputForm } from './options';
import { ArgumentError, type ColumnResult } from './problems';
import { FieldChecker, fieldChecks } from './field-checks';
import { formatFindings } from './results';
import { findingsByRow, readRow, rowOfLocation, suppliedFields, type InputColumn, type RowValues } from './row-model';
import { selectRules, type RuleSelection } from './rule-selection';

export interface ReadRow {
  row: number;
  values: RowValues;
}

export interface BuiltModel {
  msg: IlrMessage;
  /** The rows of each learner reference used in the model (for findings that name a learner but no cell). */
  rowsOfLearner: Map<string, number[]>;
}

export interface RowCheck {
  columns: InputColumn[];
  year: IlrYear;
  asOf: string;
  form: OutputForm;
  selection: Omit<RuleSelection, 'supplied'>;
  build(rows: readonly ReadRow[], year: IlrYear): BuiltModel;
  /** The entity each field is put in, for the field-definition checks (see field-checks.ts). */
  fieldEntities: ReadonlyArray<readonly [field: string, entity: string]>;
  /** The rules to choose from (default: every rule of the product); tests pass their own. */
  pool?: readonly Rule[];
  /**
   * For a finding reported at one row, the other rows it is also about (a rule comparing several rows reports at one
   * of them); given the rules that ran and the run's options.
   */
  alsoAbout?(finding: Finding, row: number, context: { rules: readonly Rule[]; opts: CheckOptions }): number[];
}

/**
 * The common path of the checking functions: read the rows, build a model of the readable ones, run the rules that
 * read only the supplied fields, and give each row its findings ("OK" when none), "" for a blank row, or the problem
 * that stopped the row from being read.
 */
export function runRowCheck(call: RowCheck): ColumnResult {
  const byField = Object.fromEntries(call.columns.map((c) => [c.field, c.cells]));
  const rowCount = rowCountOf(byField);
  if (rowCount === 0) throw new ArgumentError('Nothing to check: give a value or a range');
  const result: ColumnResult = new Array(rowCount);
  const readable: ReadRow[] = [];
  for (let row = 0; row < rowCount; row++) {
    const r = readRow(call.columns, row);
    if (r.kind === 'blank') result[row] = [''];
    else if (r.kind === 'problem') result[row] = [r.problem];
    else readable.push({ row, values: r.values });
  }
  if (readable.length === 0) return result;
  const supplied = suppliedFields(call.columns);
  const rules = selectRules({ ...call.selection, supplied }, call.pool);
  const have = new Set(supplied);
  const checker = new FieldChecker(call.year, fieldChecks(call.year, call.fieldEntities.filter(([f]) => have.has(f))));
  const { msg, rowsOfLearner } = call.build(readable, call.year);
  const opts: CheckOptions = { asOf: call.asOf, settings: getFunctionAdviceSettings() };
  const findings = runRules(msg, rules, opts);
  const checkedRows = readable.map((r) => r.row);
  const perRow = findingsByRow(findings, rowCount, rowsOfLearner, checkedRows);
  if (call.alsoAbout) {
    for (const f of findings) {
      const row = rowOfLocation(f.location);
      if (row === undefined) continue;
      for (const other of call.alsoAbout(f, row, { rules, opts })) if (other !== row) perRow[other]!.push(f);
    }
  }
  for (const { row, values } of readable) {
    checker.check(values, perRow[row]!);
    result[row] = [formatFindings(perRow[row]!, call.form)];
  }
  return result;
}
