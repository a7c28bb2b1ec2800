import asset from '../../../../assets/rules/validation-rules-2025-26.json';
import type { Needs } from '../types';

/** One rule of an official validation rules list, as shipped in assets/rules (see scripts/make-rules-asset.mjs). */
export interface OfficialRule {
  name: string;
  category: string;
  /** "Error", "Warning", or "N/A" for derived-data definitions. */
  severity: string;
  status: string;
  needs: Needs;
  needsReason?: string;
  errorMessage: string;
  description: string;
  detailedDescription: string;
  exclusions?: string;
}

export interface OfficialList {
  title: string;
  year: string;
  attribution: string;
  licence: string;
  note?: string;
  rules: OfficialRule[];
}

const LISTS: readonly OfficialList[] = [asset as OfficialList];

/** The official (non-deleted) rules list of a year, or undefined when the product ships none for it (e.g. 2020-21). */
export function officialList(yearCode: string): OfficialList | undefined {
  return LISTS.find((l) => l.year === yearCode);
}

const byName = new Map<string, OfficialRule>();
for (const l of LISTS) for (const r of l.rules) if (!byName.has(r.name)) byName.set(r.name, r);

/** An official rule by ID, from the newest list that has it. */
export function officialRule(id: string): OfficialRule | undefined {
  return byName.get(id);
}

/** Every official rule name of every shipped list (for deriving the FD rules). */
export function allOfficialRules(): readonly OfficialRule[] {
  return [...byName.values()];
}
