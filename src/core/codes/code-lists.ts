import { normaliseYearCode } from '../years/registry';
import { DP_CODE_FILE, YEAR_CODE_FILES, isDestinationList } from './code-files';
import type { CodeCheckOptions, CodeEntry, CodeListAsset, CodeListSource } from './types';

/**
 * The code lists, one source for the whole product. A list is named by the field whose value it checks:
 * plain fields by name ('WithdrawReason', 'OutType'); typed lists by the code field plus its type
 * (`codeList('2526', 'LearnDelFAMCode', 'SOF')`, `codeList('2526', 'OutCode', 'EMP')`) or by the asset key
 * ('LearnDelFAMType:SOF', 'OutCode:EMP').
 */

/** Code fields whose list depends on a type field, mapped to the name the lists are keyed by. */
const TYPED_CODE_FIELDS: Readonly<Record<string, string>> = {
  LearnDelFAMCode: 'LearnDelFAMType',
  LearnFAMCode: 'LearnFAMType',
  ESMCode: 'ESMType',
  AFinCode: 'AFinType',
  ContPrefCode: 'ContPrefType',
  TBFinCode: 'TBFinType',
  OutCode: 'OutCode',
};

/** The list key for a field (and type), or undefined when a typed field is asked for without its type. */
export function codeListKey(field: string, type?: string | null): string | undefined {
  const f = field.trim();
  if (f.includes(':')) return f;
  const typeField = TYPED_CODE_FIELDS[f];
  const t = type?.trim().toUpperCase();
  if (typeField) return t ? `${typeField}:${t}` : undefined;
  if (t) return `${f}:${t}`;
  return f;
}

const startOf = (yearCode: string): number => Number(yearCode.slice(0, 2));

/** Year codes with their own code file, newest first. */
export function codeFileYears(): string[] {
  return Object.keys(YEAR_CODE_FILES).sort((a, b) => startOf(b) - startOf(a));
}

interface Resolved {
  key: string;
  list: CodeListAsset;
  listYear: string;
  requestedYear: string;
  yearFallback?: string;
}

/** Resolved lists by the caller's own (year, field, type) strings: one look-up per call, no string building. */
const resolvedCache = new Map<string, Map<string, Map<string, Resolved | null>>>();

function resolve(yearCode: string, field: string, type?: string | null): Resolved | undefined {
  let byField = resolvedCache.get(yearCode);
  if (!byField) resolvedCache.set(yearCode, (byField = new Map()));
  let byType = byField.get(field);
  if (!byType) byField.set(field, (byType = new Map()));
  const t = type ?? '';
  let found = byType.get(t);
  if (found === undefined) {
    const key = codeListKey(field, type);
    found = (key ? lookUp(normaliseYearCode(yearCode), key) : undefined) ?? null;
    byType.set(t, found);
  }
  return found ?? undefined;
}

function lookUp(requestedYear: string, key: string): Resolved | undefined {
  if (isDestinationList(key)) {
    const list = DP_CODE_FILE.lists[key];
    return list ? { key, list, listYear: 'dp', requestedYear } : undefined;
  }
  const ordered = codeFileYears();
  const own = YEAR_CODE_FILES[requestedYear]?.lists[key];
  if (own) return { key, list: own, listYear: requestedYear, requestedYear };
  // The newest earlier year that has the list; failing that (a year older than every file) the oldest that has it.
  const earlier = ordered.filter((y) => startOf(y) < startOf(requestedYear));
  const later = ordered.filter((y) => startOf(y) > startOf(requestedYear)).reverse();
  for (const y of [...earlier, ...later]) {
    const list = YEAR_CODE_FILES[y].lists[key];
    if (!list) continue;
    const why = YEAR_CODE_FILES[requestedYear]
      ? `no ${key} list for ${requestedYear}`
      : `no code lists for ${requestedYear}`;
    return { key, list, listYear: y, requestedYear, yearFallback: `${why}: using the ${y} list` };
  }
  return undefined;
}

/** The list's codes, or undefined when no list is known (or the list is empty). */
export function codeList(yearCode: string, field: string, type?: string | null): CodeEntry[] | undefined {
  const r = resolve(yearCode, field, type);
  if (!r || r.list.codes.length === 0) return undefined;
  return r.list.codes;
}

/** Where the list used for (year, field) came from, including any fallback to another year's list. */
export function codeListSource(yearCode: string, field: string, type?: string | null): CodeListSource | undefined {
  const r = resolve(yearCode, field, type);
  if (!r) return undefined;
  const source: CodeListSource = {
    key: r.key,
    requestedYear: r.requestedYear,
    listYear: r.listYear,
    page: r.list.source,
    sourceYear: r.list.sourceYear,
    uncertainCodes: r.list.codes.filter((c) => c.uncertain).map((c) => c.code),
  };
  if (r.list.note) source.note = r.list.note;
  if (r.yearFallback) source.yearFallback = r.yearFallback;
  return source;
}

const indexCache = new WeakMap<CodeListAsset, Map<string, CodeEntry>>();

function indexOf(list: CodeListAsset): Map<string, CodeEntry> {
  let index = indexCache.get(list);
  if (!index) {
    index = new Map(list.codes.map((c) => [c.code, c]));
    indexCache.set(list, index);
  }
  return index;
}

/** Finds a code: exactly, else (for whole numbers such as "02" or " 2 ") by its canonical number form. */
function findEntry(list: CodeListAsset, code: string | number): CodeEntry | undefined {
  const index = indexOf(list);
  const text = String(code).trim();
  const exact = index.get(text);
  if (exact) return exact;
  if (/^[+]?\d+$/.test(text)) return index.get(String(Number(text)));
  return undefined;
}

/** The entry for one code, or undefined (no list, or not in it). */
export function codeEntry(yearCode: string, field: string, code: string | number, type?: string | null): CodeEntry | undefined {
  const r = resolve(yearCode, field, type);
  if (!r) return undefined;
  return findEntry(r.list, code) ?? findEntry(r.list, String(code).trim().toUpperCase());
}

/** The specification's description of a code, or undefined when the code (or its wording) is not known. */
export function describeCode(yearCode: string, field: string, code: string | number, type?: string | null): string | undefined {
  return codeEntry(yearCode, field, code, type)?.description ?? undefined;
}

/**
 * Whether `code` is in the list for (year, field[, type]) — and valid on `onDate` when given.
 * undefined when no list is known, or the list describes a format rather than enumerating codes.
 */
export function isValidCode(
  yearCode: string,
  field: string,
  code: string | number,
  options: CodeCheckOptions = {},
): boolean | undefined {
  const r = resolve(yearCode, field, options.type);
  if (!r || !r.list.enumerable || r.list.codes.length === 0) return undefined;
  const entry = findEntry(r.list, code);
  if (!entry) return false;
  if (options.onDate) {
    if (entry.validFrom && options.onDate < entry.validFrom) return false;
    if (entry.validTo && options.onDate > entry.validTo) return false;
  }
  return true;
}
