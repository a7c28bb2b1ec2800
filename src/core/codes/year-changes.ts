import type { CodeEntry, CodeFile, CodeListAsset } from './types';

/** One change a year makes to a code list (assets/codes/changes-<year>.json), with the evidence for it. */
export interface CodeListChange {
  list: string;
  add?: { code: string; description: string; validFrom?: string; validTo?: string }[];
  remove?: string[];
  /** The whole list goes (e.g. a FAM type that is removed). */
  removeList?: boolean;
  evidence: 'official' | 'third-party';
  source: string;
}

export interface YearCodeChanges {
  _about: { year: string; base: string; title: string; licence: string; note: string; sources: Record<string, string> };
  changes: CodeListChange[];
  notApplied: { item: string; why: string; evidence: 'official' | 'third-party'; source: string }[];
}

function describe(c: CodeListChange, year: string): string {
  const label = `${year.slice(0, 2)}-${year.slice(2)}`;
  const what = c.removeList
    ? 'list removed'
    : [c.add?.length ? `${c.add.map((a) => a.code).join(', ')} added` : '', c.remove?.length ? `${c.remove.join(', ')} removed` : ''].filter(Boolean).join('; ');
  return `20${label}: ${what} (${c.evidence}: ${c.source})`;
}

/**
 * A year's code file built from the base year's (2025-26) with the year's known changes applied: codes added (with
 * their valid-from date) and removed, lists removed. Each changed list's note says what changed and on what evidence
 * (official or third-party); every list says it is the base year's list, so a list the changes do not touch is known
 * to be assumed unchanged.
 */
export function applyYearChanges(base: CodeFile, changes: YearCodeChanges): CodeFile {
  const year = changes._about.year;
  const baseLabel = `20${changes._about.base.slice(0, 2)}-${changes._about.base.slice(2)}`;
  const lists: Record<string, CodeListAsset> = {};
  for (const [key, list] of Object.entries(base.lists)) {
    lists[key] = { ...list, codes: [...list.codes], note: `The ${baseLabel} list${list.note ? `: ${list.note}` : ''}` };
  }
  for (const c of changes.changes) {
    const list = lists[c.list];
    if (!list) throw new Error(`changes for ${year}: no ${c.list} list in the ${baseLabel} codes`);
    if (c.removeList) {
      delete lists[c.list];
      continue;
    }
    const removed = new Set(c.remove ?? []);
    const codes: CodeEntry[] = list.codes.filter((e) => !removed.has(e.code));
    if (codes.length !== list.codes.length - removed.size) throw new Error(`changes for ${year}: ${c.list} lacks a code of ${[...removed].join(', ')}`);
    for (const a of c.add ?? []) {
      if (codes.some((e) => e.code === a.code)) throw new Error(`changes for ${year}: ${c.list} already has ${a.code}`);
      codes.push({ code: a.code, description: a.description, validFrom: a.validFrom ?? null, validTo: a.validTo ?? null, note: `${c.evidence}: ${c.source}` });
    }
    lists[c.list] = { ...list, codes, note: `${list.note} ${describe(c, year)}.` };
  }
  return {
    _about: { year, derivedFrom: changes._about.base, note: changes._about.note, licence: changes._about.licence, notApplied: changes.notApplied },
    lists,
  };
}
