import { runRules } from '../../core/rules/engine';
import type { CheckOptions, Finding, YearRule } from '../../core/rules/types';
import type { BuiltModel, ReadRow } from './row-check';

/**
 * The rows a cross-row finding is about. A rule comparing a learner's records (three EDU outcomes on one date, EMP and
 * NPE on one date, …) reports at one record, but the user must see it on every row that takes part. Which rows take
 * part is found by the rule itself, not by knowing its logic: starting from all the learner's rows, each other row is
 * left out in turn and kept out when the finding (same rule, same message) still occurs without it — leaving a
 * minimal set of rows that produces the finding. Rows identical on the rule's fields to one of those are added (a
 * fourth EDU on the same date is as much to blame as the third). Cost: one run of one rule on one learner per row of
 * that learner, only for findings, and only for learners with several rows (capped at MAX_ROWS rows).
 */

const MAX_ROWS = 40;

export interface InvolvementInput {
  finding: Finding;
  row: number;
  rule: YearRule;
  /** The readable rows of the finding's learner (the anchor row among them). */
  learnerRows: readonly ReadRow[];
  opts: CheckOptions;
  yearCode: string;
  build(rows: readonly ReadRow[], yearCode: string): BuiltModel;
}

const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.message === b.message;

export function involvedRows(input: InvolvementInput): number[] {
  const { finding, row, rule, learnerRows, opts } = input;
  if (learnerRows.length <= 1 || learnerRows.length > MAX_ROWS) return [row];
  const occursWith = (rows: readonly ReadRow[]) => {
    const { msg } = input.build(rows, input.yearCode);
    return runRules(msg, [rule], opts).some((f) => sameFinding(f, finding));
  };
  const anchor = learnerRows.find((r) => r.row === row);
  // Most findings are about one row: when the anchor row alone produces it, no other row takes part.
  let kept = anchor && occursWith([anchor]) ? [anchor] : [...learnerRows];
  for (const candidate of kept.length === 1 ? [] : learnerRows) {
    if (candidate.row === row) continue;
    const without = kept.filter((r) => r !== candidate);
    if (occursWith(without)) kept = without;
  }
  const signature = (r: ReadRow) => rule.fields.map((f) => r.values[f] ?? '').join('\u0000');
  const blamed = new Set(kept.map(signature));
  return learnerRows.filter((r) => kept.includes(r) || blamed.has(signature(r))).map((r) => r.row);
}
