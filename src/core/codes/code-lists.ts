import { normaliseYearCode } from '../years/registry';
import { DP_CODE_FILE, YEAR_CODE_FILES, isDestinationList } from './code-files';
import type { CodeCheckOptions, CodeEntry, CodeListAsset, CodeListSource, CodeVerdict } from './types';

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
    complete: r.list.complete,
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
    // a code written with leading zeros ("034") is also found by its number ("34": a code typed into Excel as a number)
    for (const c of list.codes) {
      if (/^0\d+$/.test(c.code) && !index.has(String(Number(c.code)))) index.set(String(Number(c.code)), c);
    }
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

/** The forms of a list's codes: whether all are whole numbers (and their widest width), else their letter/digit shapes. */
interface CodeForms {
  numeric: boolean;
  maxDigits: number;
  /** The smallest code of a numeric list. */
  min: number;
  /** For lists with letters: each code's shape, letters as "A" and digits as "9" ("D82" → "A99"). */
  shapes: Set<string>;
}

const formsCache = new WeakMap<CodeListAsset, CodeForms>();

const shapeOf = (code: string): string => code.toUpperCase().replace(/[A-Z]/g, 'A').replace(/\d/g, '9');

function formsOf(list: CodeListAsset): CodeForms {
  let f = formsCache.get(list);
  if (!f) {
    const codes = list.codes.map((c) => c.code.trim());
    const numeric = codes.every((c) => /^\d+$/.test(c));
    const min = numeric ? Math.min(...codes.map(Number)) : 0;
    f = { numeric, maxDigits: Math.max(0, ...codes.map((c) => c.length)), min, shapes: new Set(codes.map(shapeOf)) };
    formsCache.set(list, f);
  }
  return f;
}

/** Why a code cannot be one of an (incomplete) list's codes, or undefined when it could be. */
function impossibleBecause(list: CodeListAsset, code: string): string | undefined {
  const f = formsOf(list);
  const c = code.trim();
  if (f.numeric) {
    if (!/^\d+$/.test(c)) return `its codes are whole numbers`;
    if (Number(c) === 0 && f.min >= 1) return `its codes start at ${f.min}`;
    if (String(Number(c)).length > f.maxDigits) return `its codes have at most ${f.maxDigits} digit${f.maxDigits === 1 ? '' : 's'}`;
    return undefined;
  }
  if (!f.shapes.has(shapeOf(c))) return `its codes are of the form ${[...f.shapes].sort().join(' / ')} (A a letter, 9 a digit)`;
  return undefined;
}

/**
 * The verdict on a code against the year's list for (field[, type]) — see CodeVerdict — or undefined when the product
 * cannot judge it: no list, a list that describes a format rather than enumerating codes, or a list with no codes.
 * With `onDate`, a code in the list but not valid on that date is `not-in-list` (complete lists) like an unknown one.
 */
export function codeVerdict(yearCode: string, field: string, code: string | number, options: CodeCheckOptions = {}): CodeVerdict | undefined {
  const r = resolve(yearCode, field, options.type);
  if (!r || !r.list.enumerable || r.list.codes.length === 0) return undefined;
  const entry = findEntry(r.list, code);
  if (entry) return { status: 'valid', entry };
  if (r.list.complete) return { status: 'not-in-list', complete: true };
  const why = impossibleBecause(r.list, String(code));
  return why ? { status: 'impossible', complete: false, why } : { status: 'unverified', complete: false };
}

/** A code list of the year known to be incomplete: a code missing from it is reported only when it cannot be valid. */
export interface IncompleteList {
  /** The list's key, e.g. "LearnDelFAMType:LDM", "QUALENT3". */
  key: string;
  /** How many codes the product knows (0: codes of this list are not checked at all). */
  known: number;
}

/**
 * The year's code lists that are known to be incomplete (the year's own file, else the nearest earlier year's, as the
 * code-list rules use), for telling the user what the code-list rules could not check. Reference copies of older lists
 * ("LearnDelFAMType:LDM:legacy2020-21") and format descriptions are left out.
 */
export function incompleteLists(yearCode: string): IncompleteList[] {
  const y = normaliseYearCode(yearCode);
  const ordered = codeFileYears();
  const fileYear = YEAR_CODE_FILES[y] ? y : (ordered.find((c) => startOf(c) <= startOf(y)) ?? ordered[ordered.length - 1]!);
  const out: IncompleteList[] = [];
  for (const [key, list] of Object.entries(YEAR_CODE_FILES[fileYear]!.lists)) {
    if (list.complete || !list.enumerable || key.split(':').length > 2) continue;
    out.push({ key, known: list.codes.length });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
