import { findRule } from '../../core/rules/check';
import { cellError, cellText, columnOf, isBlank } from './cells';
import { ArgumentError, rowProblem, type ColumnResult } from './problems';

/**
 * ILR.RULE(RuleID): a rule's message and plain-English description, "<message> — <description>", with "(not run:
 * needs <data>)" for an official rule the product cannot run. RuleID may be a column (one answer per row).
 */
export function ruleInfo(args: { ruleId: unknown }): ColumnResult {
  const ids = columnOf(args.ruleId, 'RuleID');
  if (ids.length === 0) throw new ArgumentError('RuleID is missing');
  return ids.map((v) => {
    if (isBlank(v)) return [''];
    const err = cellError(v);
    if (err) return [rowProblem(`RuleID is ${err}`, err === '#N/A' ? 'na' : 'value')];
    const id = cellText(v).trim();
    const r = findRule(id);
    if (!r) return [rowProblem(`No rule "${id}" in the official rules list or the product's own rules`, 'na')];
    const notRun = r.implemented ? '' : r.needs === 'self' ? ' (not yet implemented)' : ` (not run: needs ${r.needs} reference data)`;
    const description = r.description && r.description !== r.message ? ` — ${r.description}` : '';
    return [`${r.message}${description}${notRun}`];
  });
}
