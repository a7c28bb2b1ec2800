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

const indexes = new WeakMap<IlrYear, Map<string, YearRule>>();

/** The year's rules by every ID they have, lower-cased: the year's own ID first, then other years' (built once per year). */
function indexFor(year: IlrYear): Map<string, YearRule> {
  let ix = indexes.get(year);
  if (!ix) {
    ix = new Map();
    const rules = rulesFor(year);
    for (const r of rules) if (!ix.has(r.id.toLowerCase())) ix.set(r.id.toLowerCase(), r);
    for (const r of rules) for (const x of r.ids) if (!ix.has(x.toLowerCase())) ix.set(x.toLowerCase(), r);
    indexes.set(year, ix);
  }
  return ix;
}

/** A rule of a year by any of its IDs (2020-21's "R06" or 2025-26's "R_06"), case-insensitively; default the newest year. */
export function ruleById(id: string, year: IlrYear = defaultYears.get()): YearRule | undefined {
  return indexFor(year).get(id.trim().toLowerCase());
}

/** The rule groups of every rule of a year (for switching rules off by group). */
export function ruleGroups(year: IlrYear = defaultYears.get()): string[] {
  return [...new Set(rulesFor(year).map((r) => r.group))].sort();
}
