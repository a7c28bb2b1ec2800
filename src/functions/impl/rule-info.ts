import { findRule } from '../../core/rules/check';
import { describeCoverage, yearCoverage } from '../../core/rules/coverage';
import { cellError, cellText, columnOf, isBlank } from './cells';
import { yearArg } from './options';
import { ArgumentError, rowProblem, type ColumnResult } from './problems';

/** The RuleID that asks for the year's coverage instead of one rule. */
export const COVERAGE_ID = '*';

/**
 * ILR.RULE(RuleID, [year]): a rule's message and plain-English description as it is in the year (an ID of any year
 * is accepted: 2020-21's "R06" or 2025-26's "R_06"), "<message> — <description>", followed by its state: "(not run:
 * needs <data>)" or "(not implemented yet: not checked by ILR Workbench)" for an official rule the product does not
 * run, and the rule's ID in other years. ILR.RULE("*") says how many of the year's official rules are run, need
 * reference data, or are not implemented yet. RuleID may be a column (one answer per row).
 */
export function ruleInfo(args: { ruleId: unknown; year?: unknown }): ColumnResult {
  const ids = columnOf(args.ruleId, 'RuleID');
  if (ids.length === 0) throw new ArgumentError('RuleID is missing');
  const year = yearArg(args.year);
  return ids.map((v) => {
    if (isBlank(v)) return [''];
    const err = cellError(v);
    if (err) return [rowProblem(`RuleID is ${err}`, err === '#N/A' ? 'na' : 'value')];
    const id = cellText(v).trim();
    if (id === COVERAGE_ID) return [describeCoverage(yearCoverage(year))];
    const r = findRule(id, year);
    if (!r) return [rowProblem(`No rule "${id}" in the official rules lists or the product's own rules`, 'na')];
    const state = r.implemented ? '' : r.needs === 'self' ? ' (not implemented yet: not checked by ILR Workbench)' : ` (not run: needs ${r.needs} reference data)`;
    const description = r.description && r.description !== r.message ? ` — ${r.description}` : '';
    const others = r.otherIds.length ? ` [also ${r.otherIds.join(', ')}]` : '';
    const note = r.note ? ` (${r.note})` : '';
    return [`${r.message || '(no published message)'}${description}${state}${others}${note}`];
  });
}
