import { codeList } from '../codes';
import { FRIENDLY_NAMES, FRIENDLY_SHEET_NAMES } from './friendly-names';
import type { KeyColumn, LayoutColumn, SheetLayout, YearLayout } from './layout';
import { sheetHeaders } from './layout';
import type { CellValue, SheetTable } from './table';
import { isCellError } from './table';

/**
 * Matching a sheet's headers to the layout: by name in any order, canonical element names or the specification's
 * friendly names, ignoring case, spaces and punctuation; FAM shorthand columns (SOF, LDM, LSR …); a flat sheet
 * (learner fields beside delivery fields) gets the learner's columns too.
 */

/** The header of our own formula column (ILR.CHECKAIM / ILR.CHECKDP): skipped silently on reading. */
export const CHECKS_HEADER = 'Checks';

export type ColumnRole =
  | { kind: 'key'; key: KeyColumn }
  /** A parent's second field, used only when two parents share the key (see SheetLayout.qualifiers). */
  | { kind: 'qualifier'; key: KeyColumn }
  | { kind: 'parent'; column: LayoutColumn }
  | { kind: 'field'; column: LayoutColumn }
  /** A field of the parent sheet's record on a flat sheet (learner fields on a delivery row). */
  | { kind: 'up'; column: LayoutColumn }
  /** A FAM shorthand column: each value is a code (several allowed, separated by ; or ,) of this FAM type. */
  | { kind: 'fam'; famSheet: SheetLayout; type: string; up: boolean }
  | { kind: 'formula' }
  /** One of several columns naming the same field (ULN twice): none of them is read, and that is reported. */
  | { kind: 'duplicate'; header: string; field: string }
  | { kind: 'unknown'; header: string };

export interface ResolvedHeaders {
  layout: SheetLayout;
  roles: ColumnRole[];
  /** True when the sheet carries its parent's fields (a flat sheet). */
  flat: boolean;
}

export function normaliseHeader(h: CellValue): string {
  if (h === null || h === undefined || isCellError(h) || h instanceof Date) return '';
  return String(h)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

type Lookup = Map<string, ColumnRole>;

const FAM_TYPE_FIELD = /(FAMType|PrefType)$/;

function addName(map: Lookup, name: string, role: ColumnRole): void {
  const n = normaliseHeader(name);
  if (n && !map.has(n)) map.set(n, role);
}

function addColumn(map: Lookup, column: LayoutColumn | KeyColumn, role: ColumnRole): void {
  addName(map, column.header, role);
  if (column.path.length === 1) for (const f of FRIENDLY_NAMES[column.path[0]!] ?? []) addName(map, f, role);
}

/** The type codes of a FAM-like child (its first field is the type): from the code lists, else none. */
function famTypes(yearCode: string, fam: SheetLayout): string[] {
  const typeCol = fam.columns[0];
  if (!typeCol || !FAM_TYPE_FIELD.test(typeCol.header)) return [];
  return (codeList(yearCode, typeCol.header) ?? []).map((c) => c.code);
}

function addFamShorthands(map: Lookup, layout: YearLayout, sheet: SheetLayout, up: boolean): void {
  for (const childName of sheet.childSheets) {
    const child = layout.bySheet.get(childName);
    if (!child) continue;
    for (const t of famTypes(layout.year.code, child)) addName(map, t, { kind: 'fam', famSheet: child, type: t, up });
  }
}

const lookupCache = new WeakMap<SheetLayout, Lookup>();

function lookupFor(layout: YearLayout, sheet: SheetLayout): Lookup {
  let map = lookupCache.get(sheet);
  if (map) return map;
  map = new Map();
  for (const k of sheet.keys) addColumn(map, k, { kind: 'key', key: k });
  for (const q of sheet.qualifiers) addColumn(map, q, { kind: 'qualifier', key: q });
  for (const c of sheet.mergedParent?.columns ?? []) addColumn(map, c, { kind: 'parent', column: c });
  for (const c of sheet.columns) addColumn(map, c, { kind: 'field', column: c });
  addFamShorthands(map, layout, sheet, false);
  const parent = parentSheet(layout, sheet);
  if (parent && sheet.keys.length === 1) {
    for (const c of parent.columns) addColumn(map, c, { kind: 'up', column: c });
    addFamShorthands(map, layout, parent, true);
  }
  addName(map, CHECKS_HEADER, { kind: 'formula' });
  lookupCache.set(sheet, map);
  return map;
}

export function parentSheet(layout: YearLayout, sheet: SheetLayout): SheetLayout | undefined {
  return layout.sheets.find((s) => s.childSheets.includes(sheet.name));
}

/** The layout sheet a worksheet name stands for (canonical or friendly, any case/spacing), if any. */
export function sheetByName(layout: YearLayout, name: string): SheetLayout | undefined {
  const n = normaliseHeader(name);
  for (const s of layout.sheets) {
    if (normaliseHeader(s.name) === n) return s;
    if ((FRIENDLY_SHEET_NAMES[s.name] ?? []).some((f) => normaliseHeader(f) === n)) return s;
  }
  return undefined;
}

export function resolveHeaders(layout: YearLayout, sheet: SheetLayout, headers: CellValue[]): ResolvedHeaders {
  const map = lookupFor(layout, sheet);
  let flat = false;
  const roles = headers.map((h): ColumnRole => {
    const n = normaliseHeader(h);
    const role = n ? map.get(n) : undefined;
    if (!role) return { kind: 'unknown', header: h === null || h === undefined ? '' : String(isCellError(h) ? h.error : h) };
    if (role.kind === 'up' || (role.kind === 'fam' && role.up)) flat = true;
    return role;
  });
  return { layout: sheet, roles, flat };
}

/** The field a column role fills, for messages. */
function roleField(r: ColumnRole): string | undefined {
  switch (r.kind) {
    case 'key':
    case 'qualifier':
      return r.key.header;
    case 'parent':
    case 'field':
    case 'up':
      return r.column.header;
    default:
      return undefined;
  }
}

/**
 * Columns whose headers name the same field (ULN twice, or ULN beside "Unique learner number"), as groups of column
 * indexes with the field's name. FAM shorthand columns may repeat: each adds its codes.
 */
export function duplicateColumns(roles: ColumnRole[]): { field: string; columns: number[] }[] {
  const byRole = new Map<ColumnRole, number[]>();
  roles.forEach((r, i) => {
    if (roleField(r) === undefined) return;
    const list = byRole.get(r);
    if (list) list.push(i);
    else byRole.set(r, [i]);
  });
  return [...byRole].filter(([, cols]) => cols.length > 1).map(([r, columns]) => ({ field: roleField(r)!, columns }));
}

function score(r: ResolvedHeaders): number {
  return r.roles.filter((x) => x.kind === 'field' || x.kind === 'up' || x.kind === 'parent').length;
}

/** Whether a row holds a header that names a key or field of the sheet. */
function looksLikeHeaderRow(layout: YearLayout, sheet: SheetLayout, row: CellValue[]): boolean {
  const map = lookupFor(layout, sheet);
  const first = sheet.keys[0]?.header ?? sheet.mergedParent?.columns[0]?.header ?? sheet.columns[0]?.header;
  const firstKey = first ? normaliseHeader(first) : '';
  let known = 0;
  for (const h of row) {
    const n = normaliseHeader(h);
    const role = n ? map.get(n) : undefined;
    if (!role) continue;
    if (map.get(firstKey) === role) return true;
    if (role.kind !== 'formula') known++;
  }
  return known >= 2;
}

/** How many rows below the given header row are searched for the real header row. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The table re-based on its real header row: the first row among the first few that names the sheet's first key
 * (LearnRefNumber or an alias) or at least two of its fields. Undefined when no such row is found.
 */
export function findHeaderRow(layout: YearLayout, sheet: SheetLayout, t: SheetTable): SheetTable | undefined {
  if (looksLikeHeaderRow(layout, sheet, t.headers)) return t;
  const n = Math.min(HEADER_SEARCH_ROWS, t.rows.length);
  for (let i = 0; i < n; i++) {
    if (looksLikeHeaderRow(layout, sheet, t.rows[i]!)) {
      return { ...t, headerRow: t.headerRow + 1 + i, headers: t.rows[i]!, rows: t.rows.slice(i + 1) };
    }
  }
  return undefined;
}

/**
 * Which layout sheet a table is: by its name when that names one, else the sheet whose columns its headers match
 * best (a CSV named after its file). Returns the table re-based on its header row.
 */
export function identifySheet(layout: YearLayout, t: SheetTable): { table: SheetTable; resolved: ResolvedHeaders } | undefined {
  const named = sheetByName(layout, t.sheet);
  if (named) {
    const table = findHeaderRow(layout, named, t);
    if (!table) return undefined;
    let found = { table, resolved: resolveHeaders(layout, named, table.headers) };
    // A sheet named Learner that also holds aim columns is a flat sheet: read it as LearningDelivery with learner fields.
    for (const childName of named.childSheets) {
      const child = layout.bySheet.get(childName)!;
      if (child.keys.length !== 1) continue;
      const resolved = resolveHeaders(layout, child, table.headers);
      if (resolved.flat && score(resolved) > score(found.resolved)) found = { table, resolved };
    }
    return found;
  }
  let best: { table: SheetTable; resolved: ResolvedHeaders } | undefined;
  for (const s of layout.sheets) {
    const table = findHeaderRow(layout, s, t);
    if (!table) continue;
    const resolved = resolveHeaders(layout, s, table.headers);
    if (!best || score(resolved) > score(best.resolved)) best = { table, resolved };
  }
  return best && score(best.resolved) > 0 ? best : undefined;
}

export { sheetHeaders };
