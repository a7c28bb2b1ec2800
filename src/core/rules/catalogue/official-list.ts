import asset2526 from '../../../../assets/rules/validation-rules-2025-26.json';
import asset2021 from '../../../../assets/rules/validation-rules-2020-21.json';
import { compareYearCodes } from '../year-span';
import type { Needs } from '../types';

/** One rule of an official validation rules list, as shipped in assets/rules (see scripts/make-rules-asset.mjs). */
export interface OfficialRule {
  name: string;
  category: string;
  /** "Error", "Warning", or "N/A" for derived-data definitions (and for 2020-21 rules whose severity is not published). */
  severity: string;
  status: string;
  needs: Needs;
  needsReason?: string;
  errorMessage: string;
  description: string;
  detailedDescription: string;
  exclusions?: string;
  /** 2020-21 list only: the rule's name in 2025-26, when it still had one. */
  name2526?: string;
  /** 2020-21 list only: where the wording comes from ("2025-26 (Active)", …, or "none"). */
  wording?: string;
}

export interface OfficialList {
  title: string;
  /** Year code, e.g. "2526". */
  year: string;
  attribution: string;
  licence: string;
  note?: string;
  rules: OfficialRule[];
}

/** The shipped lists, newest first. */
const LISTS: readonly OfficialList[] = [asset2526 as OfficialList, asset2021 as OfficialList].sort((a, b) => compareYearCodes(b.year, a.year));

/** The newest year's list: its names are the rules' IDs in the code (RuleMeta.id). */
const NEWEST = LISTS[0]!;

interface ListIndex {
  byName: Map<string, OfficialRule>;
  byLowerName: Map<string, OfficialRule>;
  /** A newest-year name → this year's name (2025-26 "R_06" → 2020-21 "R06"). */
  fromNewest: Map<string, string>;
}

const indexes = new Map<OfficialList, ListIndex>();

function indexOf(list: OfficialList): ListIndex {
  let ix = indexes.get(list);
  if (!ix) {
    ix = { byName: new Map(), byLowerName: new Map(), fromNewest: new Map() };
    for (const r of list.rules) {
      if (!ix.byName.has(r.name)) ix.byName.set(r.name, r);
      if (!ix.byLowerName.has(r.name.toLowerCase())) ix.byLowerName.set(r.name.toLowerCase(), r);
      if (r.name2526 && r.name2526 !== r.name) ix.fromNewest.set(r.name2526, r.name);
    }
    indexes.set(list, ix);
  }
  return ix;
}

/** The official list of a year, or undefined when the product ships none for it (a year added at run time). */
export function officialList(yearCode: string): OfficialList | undefined {
  return LISTS.find((l) => l.year === yearCode);
}

/** Year codes with a shipped official list, newest first. */
export function officialListYears(): string[] {
  return LISTS.map((l) => l.year);
}

/**
 * The list a year is judged by: its own, else the nearest shipped one (the newest for a later year, such as 2026-27
 * added from its XSD; the oldest for an earlier one). `borrowed` says which.
 */
export function listForYear(yearCode: string): { list: OfficialList; borrowed: boolean } {
  const own = officialList(yearCode);
  if (own) return { list: own, borrowed: false };
  const later = LISTS.filter((l) => compareYearCodes(l.year, yearCode) <= 0);
  return { list: later[0] ?? LISTS[LISTS.length - 1]!, borrowed: true };
}

/** A rule of a year's list by its name in that year (exact, else case-insensitive). */
export function ruleInList(list: OfficialList, name: string): OfficialRule | undefined {
  const ix = indexOf(list);
  return ix.byName.get(name) ?? ix.byLowerName.get(name.toLowerCase());
}

/** A rule's name in a year's list, given its name in the newest list (the rule's ID in the code): "R_06" → "R06" in 2020-21. */
export function nameInList(list: OfficialList, newestName: string): string {
  return indexOf(list).fromNewest.get(newestName) ?? newestName;
}

/** An official rule by its newest-list name (the rule's ID in the code), from the newest list. */
export function officialRule(id: string): OfficialRule | undefined {
  return indexOf(NEWEST).byName.get(id);
}

/** Every list, newest first (for look-ups by any year's ID). */
export function officialLists(): readonly OfficialList[] {
  return LISTS;
}

/** The newest shipped list (the source of the rules' official metadata in the code). */
export function newestList(): OfficialList {
  return NEWEST;
}
