import { allRules } from '../all-rules';
import type { Needs, Rule, RuleState } from '../types';
import type { IlrYear } from '../../years/year';
import { destinationNotRun } from '../destination';
import { DESTINATION_RULE_IDS_2021 } from './destination-rules-2021';
import { officialList } from './official-list';

/** Derived-data definitions of the official list that the product computes (they are not rules that report). */
const DERIVED_IMPLEMENTED = new Set(['DD01']);

export interface CatalogueEntry {
  rule: string;
  category: string;
  /** The official severity ("Error", "Warning", "N/A") or, for rules of our own, ours. */
  severity: string;
  needs: Needs;
  state: RuleState;
}

export interface RuleCatalogue {
  year: string;
  /** Whether `rules` is an official rules list (true for 2025-26), or the product's own list for a year without one. */
  official: boolean;
  /** Said to the user with the list (e.g. that 2020-21 has no official list shipped). */
  note?: string;
  rules: CatalogueEntry[];
  counts: Record<RuleState, number>;
  /**
   * Implemented rules of the year that are not in the official list: FD checks of our own derived from the XSD
   * (e.g. FD_LearnStartDate_DT) and advice. Not counted in `counts`, which add up to the official list.
   */
  supplementary: CatalogueEntry[];
}

function applies(rule: Rule, year: IlrYear): boolean {
  return rule.appliesTo ? rule.appliesTo(year) : true;
}

function severityOf(rule: Rule, year: IlrYear): string {
  const s = rule.severityFor ? rule.severityFor(year) : rule.severity;
  return s[0]!.toUpperCase() + s.slice(1);
}

function categoryOf(rule: Rule): string {
  if (rule.group === 'FD') return 'Field Definition';
  if (rule.group === 'advice') return 'Advice (Provider Support Manual)';
  return rule.entity;
}

function countStates(entries: readonly CatalogueEntry[]): Record<RuleState, number> {
  const c: Record<RuleState, number> = { implemented: 0, 'needs-reference-data': 0, 'not-implemented': 0 };
  for (const e of entries) c[e.state]++;
  return c;
}

const cache = new WeakMap<IlrYear, RuleCatalogue>();

/**
 * The rule catalogue of a year: every rule of the official list with its state — `implemented` (a rule with that ID
 * runs for the year), `needs-reference-data` (needs LARS, postcodes, organisations, the ULN register, contracts,
 * employers, or is a file-level rule of the submission service) or `not-implemented`.
 * For a year with no official list shipped (2020-21): the implemented rules that apply to it plus the year's
 * Destination and Progression rules, with a note saying so.
 */
export function ruleCatalogue(year: IlrYear): RuleCatalogue {
  const cached = cache.get(year);
  if (cached) return cached;
  const applying = allRules.filter((r) => applies(r, year));
  const byId = new Map<string, Rule>();
  for (const r of applying) if (!byId.has(r.id)) byId.set(r.id, r);
  const list = officialList(year.code);
  let result: RuleCatalogue;
  if (list) {
    const officialIds = new Set<string>();
    const rules = list.rules.map((o): CatalogueEntry => {
      officialIds.add(o.name);
      const implemented = byId.has(o.name) || DERIVED_IMPLEMENTED.has(o.name);
      const state: RuleState = implemented ? 'implemented' : o.needs !== 'self' ? 'needs-reference-data' : 'not-implemented';
      return { rule: o.name, category: o.category, severity: o.severity, needs: o.needs, state };
    });
    const supplementary = [...byId.values()]
      .filter((r) => !officialIds.has(r.id))
      .map((r): CatalogueEntry => ({ rule: r.id, category: categoryOf(r), severity: severityOf(r, year), needs: r.needs, state: 'implemented' }));
    result = { year: year.code, official: true, rules, counts: countStates(rules), supplementary };
  } else {
    const rules = [...byId.values()].map(
      (r): CatalogueEntry => ({ rule: r.id, category: categoryOf(r), severity: severityOf(r, year), needs: r.needs, state: 'implemented' }),
    );
    if (year.hasDestinations) {
      const needing = new Map(destinationNotRun.map((n) => [n.rule, n.needs]));
      const ids = [...new Set([...DESTINATION_RULE_IDS_2021, ...needing.keys()])];
      for (const id of ids) {
        if (byId.has(id)) continue;
        const needs = needing.get(id);
        rules.push({
          rule: id,
          category: 'Destination and Progression',
          severity: 'Error',
          needs: needs ?? 'self',
          state: needs && needs !== 'self' ? 'needs-reference-data' : 'not-implemented',
        });
      }
    }
    result = {
      year: year.code,
      official: false,
      note: `No official rules list for ${year.label} is shipped: this lists the rules ILR Workbench implements for ${year.label}${
        year.hasDestinations ? ', plus the Destination and Progression rules of ESFA\'s 2020-21 validation service' : ''
      }. Apart from those, the rules that need reference data are not listed for this year.`,
      rules,
      counts: countStates(rules),
      supplementary: [],
    };
  }
  cache.set(year, result);
  return result;
}
