import { years as defaultYears } from '../years/registry';
import type { IlrYear } from '../years/year';
import { ruleDefinitions } from './all-rules';
import { fdRulesFor } from './field-definition/fd-rules';
import { resolveAll } from './resolve';
import type { YearRule } from './types';

const cache = new WeakMap<IlrYear, readonly YearRule[]>();

/**
 * The rule set of a collection year: the field-definition rules generated from the year's own XSD (also for a year
 * added at run time), then every hand-written rule that exists in the year, with the year's ID, severity, message and
 * condition. Built once per year.
 */
export function rulesFor(year: IlrYear): readonly YearRule[] {
  let set = cache.get(year);
  if (!set) cache.set(year, (set = [...fdRulesFor(year), ...resolveAll(ruleDefinitions, year)]));
  return set;
}

/** A rule of a year by any of its IDs (2020-21's "R06" or 2025-26's "R_06"), case-insensitively; default the newest year. */
export function ruleById(id: string, year: IlrYear = defaultYears.get()): YearRule | undefined {
  const want = id.trim().toLowerCase();
  const rules = rulesFor(year);
  return rules.find((r) => r.id.toLowerCase() === want) ?? rules.find((r) => r.ids.some((x) => x.toLowerCase() === want));
}

/** The rule groups of every rule of a year (for switching rules off by group). */
export function ruleGroups(year: IlrYear = defaultYears.get()): string[] {
  return [...new Set(rulesFor(year).map((r) => r.group))].sort();
}
