import type { IlrMessage } from '../model/record';
import { allRules, implementedRule } from './all-rules';
import { ruleCatalogue } from './catalogue/catalogue';
import { destinationNotRun } from './destination';
import { allOfficialRules, officialRule, type OfficialRule } from './catalogue/official-list';
import { resultOf, runRules, sortFindings } from './engine';
import type { CheckOptions, CheckResult, Needs, Rule, Severity } from './types';

/**
 * Checks a message: runs every implemented rule that applies to its year (minus those switched off by ID or group),
 * sorts the findings (errors, warnings, advice) and lists the official rules of the year that were not run because they
 * need reference data the product does not have — never silently passed.
 * `rules` is for benchmarks and tests that time or exercise a subset; the not-run list is always the year's.
 */
export function runChecks(msg: IlrMessage, opts: CheckOptions, rules: readonly Rule[] = allRules): CheckResult {
  const findings = sortFindings(runRules(msg, rules, opts));
  const disabled = new Set(opts.disabled ?? []);
  const notRun: CheckResult['notRun'] = [];
  const listed = new Set<string>(); // the official list names a rule twice at most (FD_FINAMOUNT_MA); list it once
  for (const e of ruleCatalogue(msg.year).rules) {
    if (e.state !== 'needs-reference-data' || disabled.has(e.rule) || listed.has(e.rule)) continue;
    listed.add(e.rule);
    notRun.push({ rule: e.rule, needs: e.needs });
  }
  return resultOf(msg, findings, opts, notRun);
}

export interface RuleInfo {
  id: string;
  severity: Severity | 'N/A';
  message: string;
  description: string;
  needs: Needs;
  implemented: boolean;
  /** Whether the ID is in an official rules list (false for FD checks of our own and advice). */
  official: boolean;
}

/** A rule by ID (case-insensitive), implemented or only listed officially: for ILR.RULE and the issues list. */
export function findRule(id: string): RuleInfo | undefined {
  const want = id.trim();
  const rule = implementedRule(want) ?? allRules.find((r) => r.id.toLowerCase() === want.toLowerCase());
  const official = officialRule(rule?.id ?? want) ?? officialRuleInsensitive(want);
  if (rule) {
    return {
      id: rule.id,
      severity: rule.severity,
      message: rule.message,
      description: rule.description,
      needs: rule.needs,
      implemented: true,
      official: official !== undefined,
    };
  }
  if (!official) {
    const dp = destinationNotRun.find((n) => n.rule.toLowerCase() === want.toLowerCase());
    if (!dp) return undefined;
    return { id: dp.rule, severity: 'error', message: dp.description, description: dp.description, needs: dp.needs, implemented: false, official: true };
  }
  return {
    id: official.name,
    severity: official.severity === 'Warning' ? 'warning' : official.severity === 'Error' ? 'error' : 'N/A',
    message: official.errorMessage,
    description: [official.detailedDescription || official.description, official.exclusions ? `Exclusions: ${official.exclusions}` : '']
      .filter(Boolean)
      .join(' '),
    needs: official.needs,
    implemented: false,
    official: true,
  };
}

let lowerIndex: Map<string, OfficialRule> | undefined;

function officialRuleInsensitive(id: string): OfficialRule | undefined {
  if (!lowerIndex) {
    lowerIndex = new Map();
    for (const r of allOfficialRules()) lowerIndex.set(r.name.toLowerCase(), r);
  }
  return lowerIndex.get(id.toLowerCase());
}

export { allRules, ruleCatalogue };
