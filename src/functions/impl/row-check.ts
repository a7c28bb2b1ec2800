import type { IlrMessage } from '../../core/model/record';
import { runRules } from '../../core/rules/engine';
import { resolveAll } from '../../core/rules/resolve';
import { rulesFor } from '../../core/rules/rule-set';
import type { CheckOptions, Finding, RuleDefinition, YearRule } from '../../core/rules/types';
import type { IlrYear } from '../../core/years/year';
import { getFunctionAdviceSettings } from '../function-settings';
import { rowCountOf } from './cells';
import type { OutputForm } from './options';
import { ArgumentError, type ColumnResult } from './problems';
import { FieldChecker, fieldChecks } from './field-checks';
import { formatFindings } from './results';
import { unitCache } from './result-cache';
import { findingsByRow, rowOfLocation, rowReader, suppliedFields, type InputColumn, type RowValues } from './row-model';
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
  /**
   * The unit a row belongs to: rows whose rules may look at each other (one learner's destination rows). Default:
   * every row is a unit of its own. Units are checked, and their results cached, independently.
   */
  unitOf?(row: ReadRow): string;
  /** The rules to choose from (default: every rule of the year); tests pass their own definitions. */
  pool?: readonly RuleDefinition[];
  /**
   * For a finding reported at one row, the other rows it is also about (a rule comparing several rows reports at one
   * of them); given the rules that ran and the run's options.
   */
  alsoAbout?(finding: Finding, row: number, context: { rules: readonly YearRule[]; opts: CheckOptions }): number[];
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
  const grouped = new Map<string, ReadRow[]>();
  const single: ReadRow[][] = [];
  const read = rowReader(call.columns);
  for (let row = 0; row < rowCount; row++) {
    const r = read(row);
    if (r.kind === 'blank') result[row] = [''];
    else if (r.kind === 'problem') result[row] = [r.problem];
    else {
      const rr = { row, values: r.values };
      if (!call.unitOf) {
        single.push([rr]);
        continue;
      }
      const key = call.unitOf(rr);
      const unit = grouped.get(key);
      if (unit) unit.push(rr);
      else grouped.set(key, [rr]);
    }
  }
  const units = call.unitOf ? [...grouped.values()] : single;
  if (units.length === 0) return result;
  const supplied = suppliedFields(call.columns);
  const settings = getFunctionAdviceSettings();
  // Cached results are reused only for the product's own rule set (tests passing their own rules always run them).
  const cache = call.pool ? undefined : unitCache(`${call.selection.purpose}|${call.year.code}|${call.year.source}|${call.asOf}|${JSON.stringify(settings)}|${call.form}|${supplied.join(',')}`);
  const pending: ReadRow[][] = [];
  const signatures: string[] = [];
  for (const unit of units) {
    let sig = '';
    for (const r of unit) {
      for (const f of supplied) sig += `${r.values[f]}\u0001`;
      sig += '\u0002';
    }
    const hit = cache?.get(sig);
    if (hit) unit.forEach((r, i) => (result[r.row] = [hit[i]!]));
    else {
      pending.push(unit);
      signatures.push(sig);
    }
  }
  if (pending.length === 0) return result;
  const readable = pending.flat();
  const rules = selectRules({ ...call.selection, supplied }, call.pool ? resolveAll(call.pool, call.year) : rulesFor(call.year));
  const have = new Set(supplied);
  const checker = new FieldChecker(call.year, fieldChecks(call.year, call.fieldEntities.filter(([f]) => have.has(f))));
  const { msg, rowsOfLearner } = call.build(readable, call.year);
  const opts: CheckOptions = { asOf: call.asOf, settings };
  const findings = runRules(msg, rules, opts);
  const checkedRows = readable.map((r) => r.row);
  const perRow = findingsByRow(findings, rowCount, rowsOfLearner, checkedRows);
  if (call.alsoAbout) {
    for (const f of findings) {
      const row = rowOfLocation(f.location);
      if (row === undefined) continue;
      for (const other of call.alsoAbout(f, row, { rules, opts })) if (other !== row) perRow.add(other, f);
    }
  }
  pending.forEach((unit, u) => {
    const texts = unit.map(({ row, values }) => {
      checker.check(values, { push: (f: Finding) => perRow.add(row, f) });
      const text = formatFindings(perRow.of(row), call.form);
      result[row] = [text];
      return text;
    });
    cache?.set(signatures[u]!, texts);
  });
  return result;
}
