import { YEAR_CODE_FILES } from '../../codes/code-files';
import type { IlrYear } from '../../years/year';
import { rulesFor } from '../rule-set';
import type { Needs, RuleState, YearRule } from '../types';
import { listForYear, type OfficialList } from './official-list';

/**
 * Derived-data definitions of the official lists that the product computes (they are not rules that report): see
 * derived/ (uln-check-digit, earliest-start, employment, programme, employer-check-digit).
 */
const DERIVED_IMPLEMENTED = new Set([
  'DD01', 'DD04', 'DD05', 'DD06', 'DD07', 'DD12', 'DD13', 'DD14', 'DD18', 'DD21', 'DD28', 'DD32', 'DD33', 'DD34', 'DD35', 'DD36', 'DD37', 'DD38',
]);

/**
 * Official rules that the official needs list calls self-contained but that need data neither the file nor the
 * product's assets hold: what they need and why. The catalogue lists them as needing reference data (never passed).
 */
export const NEEDS_BEYOND_THE_FILE: Readonly<Record<string, { needs: Needs; why: string }>> = {
  PERMADDCOUNTRY_02: { needs: 'other', why: 'the Appendix D country code list, which the product does not ship' },
  SOC_04: { needs: 'other', why: 'the SOC 2010 occupation code list (Appendix L), which the product does not ship' },
  LearnDelFAMType_104: { needs: 'other', why: "each LDM code's EffectiveFrom date: the product's LDM list is incomplete and has almost none" },
  LearnDelFAMType_16: { needs: 'file', why: 'the return number (R12–R14), known only to the submission service, not written in the file' },
};

export interface CatalogueEntry {
  /** The rule's ID in the year. */
  rule: string;
  category: string;
  /** The official severity ("Error", "Warning", "N/A") or, for rules of our own, ours. */
  severity: string;
  needs: Needs;
  state: RuleState;
  /** For a rule the official list calls self-contained that needs more (NEEDS_BEYOND_THE_FILE): what, in words. */
  why?: string;
}

export interface RuleCatalogue {
  year: string;
  /** The official list the year is judged by: its own, or the nearest shipped year's (`borrowed`). */
  list: { title: string; year: string; attribution: string; note?: string };
  borrowed: boolean;
  /** Said to the user with the list (e.g. that the year's rules are another year's). */
  note?: string;
  rules: CatalogueEntry[];
  counts: Record<RuleState, number>;
  /**
   * Implemented rules of the year that are not in its official list: FD checks of our own derived from the XSD
   * (e.g. FD_LearnStartDate_DT), advice, and Destination and Progression checks kept for years that no longer return
   * DP. Not counted in `counts`, which add up to the official list.
   */
  supplementary: CatalogueEntry[];
}

function titleCase(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function categoryOf(rule: YearRule): string {
  if (rule.group === 'FD') return 'Field Definition';
  if (rule.group === 'advice') return 'Advice (Provider Support Manual)';
  if (rule.group === 'destination') return 'Destination and Progression';
  return rule.entity;
}

function countStates(entries: readonly CatalogueEntry[]): Record<RuleState, number> {
  const c: Record<RuleState, number> = { implemented: 0, 'needs-reference-data': 0, 'not-implemented': 0 };
  for (const e of entries) c[e.state]++;
  return c;
}

const cache = new WeakMap<IlrYear, RuleCatalogue>();

/** Why the year's list is another year's, in words. */
export function borrowedNote(year: IlrYear, list: OfficialList): string {
  const from = `${list.year.slice(0, 2)}-${list.year.slice(2)}`;
  const codes = YEAR_CODE_FILES[year.code]?._about['derivedFrom'] !== undefined ? ` Its code lists are the 20${from} lists with the ${year.label} changes the product knows (each marked official or third-party in the list's source).` : '';
  return `20${from} rules applied to ${year.label} data: no official rules list for ${year.label} is shipped, so ${year.label} data is checked with the 20${from} rules; its field-definition checks come from the ${year.label} XSD.${codes}`;
}

/**
 * The rule catalogue of a year: every rule of the year's official list — its own (2025-26; 2020-21, the rules of ESFA's
 * 2020-21 validation service), or for a year added at run time the nearest shipped year's, said so — with its state:
 * `implemented` (a rule with that ID runs for the year), `needs-reference-data` (needs LARS, postcodes, organisations,
 * the ULN register, contracts, employers, or is a file-level rule of the submission service) or `not-implemented`.
 */
export function ruleCatalogue(year: IlrYear): RuleCatalogue {
  const cached = cache.get(year);
  if (cached) return cached;
  const running = rulesFor(year);
  const byId = new Map<string, YearRule>();
  for (const r of running) if (!byId.has(r.id)) byId.set(r.id, r);
  const { list, borrowed } = listForYear(year.code);
  const officialIds = new Set<string>();
  const rules = list.rules.map((o): CatalogueEntry => {
    officialIds.add(o.name);
    const implemented = byId.has(o.name) || DERIVED_IMPLEMENTED.has(o.name);
    const beyond = implemented ? undefined : NEEDS_BEYOND_THE_FILE[o.name];
    const needs = beyond?.needs ?? o.needs;
    const state: RuleState = implemented ? 'implemented' : needs !== 'self' ? 'needs-reference-data' : 'not-implemented';
    const rule = byId.get(o.name);
    // a 2020-21 rule whose severity is not published takes the severity the product gives it
    const severity = o.severity === 'N/A' && rule ? titleCase(rule.severity) : o.severity;
    return { rule: o.name, category: o.category, severity, needs, state, ...(beyond ? { why: beyond.why } : {}) };
  });
  const supplementary = [...byId.values()]
    .filter((r) => !officialIds.has(r.id))
    .map((r): CatalogueEntry => ({ rule: r.id, category: categoryOf(r), severity: titleCase(r.severity), needs: r.needs, state: 'implemented' }));
  const result: RuleCatalogue = {
    year: year.code,
    list: { title: list.title, year: list.year, attribution: list.attribution, ...(list.note ? { note: list.note } : {}) },
    borrowed,
    ...(borrowed ? { note: borrowedNote(year, list) } : {}),
    rules,
    counts: countStates(rules),
    supplementary,
  };
  cache.set(year, result);
  return result;
}
