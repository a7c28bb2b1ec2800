import type { ElementDecl, SimpleType } from '../schema/model';
import { DESTINATION_ENTITY, years as defaultRegistry, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';

/**
 * The workbook layout of one ILR year, derived from its XSD: one sheet per repeating entity, one column per simple
 * field (non-repeating complex children flattened into prefixed columns), key columns joining each sheet to its parent,
 * and a Return sheet holding the header values. Nothing here names an entity: the schema walk finds them.
 */

/** Separator of a flattened column's prefix: `LearnerHE.UCASPERID` (also accepted: `LearnerHE_UCASPERID`). */
export const FLAT_SEPARATOR = '.';

export interface LayoutColumn {
  /** Canonical header: the element name, or `Prefix.Element` for a flattened child's field. */
  header: string;
  /** Path below the sheet's record: [field] or [complexChild, field] (or deeper) for a flattened child. */
  path: string[];
  simple: SimpleType;
  /** Minimum occurrences in the XSD (on the field; a flattened field in an optional child counts as optional). */
  required: boolean;
}

/** A key column: a field of an ancestor record, repeated on each child row to say which record it belongs to. */
export interface KeyColumn {
  header: string;
  /** Index into the sheet's `ancestors` of the record whose field this is. */
  level: number;
  /** The field's path below that ancestor's record. */
  path: string[];
  simple: SimpleType;
}

export interface SheetLayout {
  /** Sheet name. */
  name: string;
  /** Element name of the records one row stands for (e.g. "LearningDelivery", "DPOutcome"). */
  entity: string;
  /** Schema path of that element. */
  path: string;
  decl: ElementDecl;
  /**
   * Record chain above the row's record, outermost first, each with its path from the Message: e.g. for
   * EmploymentStatusMonitoring [Learner, LearnerEmploymentStatus]. A merged parent (see `mergedParent`) is in it too.
   */
  ancestors: { entity: string; path: string[] }[];
  /** Key columns (ancestors' identifying fields), first on the sheet. */
  keys: KeyColumn[];
  /**
   * Optional columns naming a second field of the parent record, used only when two parent records share the key
   * (the ESFA sample has two aims with AimSeqNumber 1): e.g. LearnAimRef on the LearningDeliveryFAM sheet.
   */
  qualifiers: KeyColumn[];
  /**
   * Set when the parent record has no sheet of its own and its simple fields are carried on every row (the
   * DPOutcome sheet carries LearnerDestinationandProgression's LearnRefNumber and ULN; SourceFiles carries none):
   * rows with the same values of those fields make one parent record.
   */
  mergedParent?: { entity: string; path: string; columns: LayoutColumn[] };
  /** The record's own columns (simple fields and flattened children's fields), in schema order. */
  columns: LayoutColumn[];
  /** Sheet names of the sheets whose rows are children of this one. */
  childSheets: string[];
  /** True when the entity is not in this year's XSD and comes from another year's (kept for local tracking). */
  notInYear?: string;
}

export interface ReturnField {
  /** Field name on the Return sheet. */
  name: string;
  /** Every place in the message the value goes, as paths from the Message. */
  paths: string[][];
  simple: SimpleType;
  required: boolean;
}

export interface YearLayout {
  year: IlrYear;
  /** Entity sheets in schema order. */
  sheets: SheetLayout[];
  /** Header values shown on the Return sheet. */
  returnFields: ReturnField[];
  /** Values fixed by the XSD (single-value enumerations), e.g. Collection = ILR; paths from the Message. */
  fixed: { path: string[]; value: string }[];
  bySheet: Map<string, SheetLayout>;
}

export const RETURN_SHEET = 'Return';

/**
 * The identifying field of an entity whose records have children on other sheets: the XSD cannot say which field
 * identifies a record, so these are named (like friendly names). An entity not listed falls back to its first
 * required simple field.
 */
const IDENTIFYING_FIELD: Record<string, string> = {
  Learner: 'LearnRefNumber',
  LearningDelivery: 'AimSeqNumber',
  LearnerEmploymentStatus: 'DateEmpStatApp',
  [DESTINATION_ENTITY]: 'LearnRefNumber',
};

/** A second field that tells apart two records sharing the identifying field (which the XSD allows). */
const QUALIFYING_FIELD: Record<string, string> = {
  LearningDelivery: 'LearnAimRef',
  LearnerEmploymentStatus: 'EmpStat',
};

/** The order of the usual header fields on the Return sheet; any other header field follows. */
const RETURN_ORDER = [
  'UKPRN',
  'Year',
  'SerialNo',
  'SoftwareSupplier',
  'SoftwarePackage',
  'Release',
  'FilePreparationDate',
  'DateTime',
  'ReferenceData',
  'ComponentSetVersion',
];

/** Fields kept on the Return sheet even though the XSD allows one value (the year says which workbook this is). */
const SHOWN_FIXED = new Set(['Year']);

const isRepeating = (e: ElementDecl) => e.maxOccurs > 1;
const simpleKids = (e: ElementDecl) => (e.children ?? []).filter((c) => c.simple);
const complexKids = (e: ElementDecl) => (e.children ?? []).filter((c) => c.children);

/** The simple fields of a record, with non-repeating complex children flattened (their repeats returned apart). */
function flatten(e: ElementDecl, prefix: string[], optional: boolean): { columns: LayoutColumn[]; repeats: { decl: ElementDecl; via: string[] }[] } {
  const columns: LayoutColumn[] = [];
  const repeats: { decl: ElementDecl; via: string[] }[] = [];
  for (const c of e.children ?? []) {
    if (c.simple) {
      columns.push({
        header: [...prefix, c.name].join(FLAT_SEPARATOR),
        path: [...prefix, c.name],
        simple: c.simple,
        required: !optional && c.minOccurs > 0,
      });
    } else if (isRepeating(c)) {
      repeats.push({ decl: c, via: prefix });
    } else {
      const inner = flatten(c, [...prefix, c.name], optional || c.minOccurs === 0);
      columns.push(...inner.columns);
      repeats.push(...inner.repeats);
    }
  }
  return { columns, repeats };
}

function identifyingField(decl: ElementDecl): ElementDecl | undefined {
  const named = IDENTIFYING_FIELD[decl.name];
  const kids = simpleKids(decl);
  return (named ? kids.find((k) => k.name === named) : undefined) ?? kids.find((k) => k.minOccurs > 0) ?? kids[0];
}

/** A parent that only groups one required repeating child, with few or no fields: merged into the child's sheet. */
function mergeableInto(decl: ElementDecl): ElementDecl | undefined {
  const complex = complexKids(decl);
  if (complex.length !== 1) return undefined;
  const only = complex[0]!;
  if (!isRepeating(only) || only.minOccurs < 1) return undefined;
  return only;
}

interface WalkState {
  sheets: SheetLayout[];
  notInYear?: string;
}

function addSheets(
  state: WalkState,
  decl: ElementDecl,
  path: string[],
  ancestors: { entity: string; path: string[]; decl: ElementDecl }[],
  keys: KeyColumn[],
  parentSheet: SheetLayout | undefined,
): void {
  const merged = mergeableInto(decl);
  if (merged && ancestors.length === 0) {
    const parentCols = flatten(decl, [], false).columns;
    const sheet: SheetLayout = {
      name: parentCols.length ? merged.name : decl.name,
      entity: merged.name,
      path: [...path, merged.name].join('/'),
      decl: merged,
      ancestors: [{ entity: decl.name, path }],
      keys: [],
      qualifiers: [],
      mergedParent: { entity: decl.name, path: path.join('/'), columns: parentCols },
      columns: [],
      childSheets: [],
      ...(state.notInYear ? { notInYear: state.notInYear } : {}),
    };
    const own = flatten(merged, [], false);
    sheet.columns = own.columns;
    state.sheets.push(sheet);
    // A merged sheet's record repeats (none in any ILR year so far) would need keys of their own.
    for (const r of own.repeats) {
      addSheets(state, r.decl, [...path, merged.name, ...r.via, r.decl.name], [...ancestors, { entity: decl.name, path, decl }], [], sheet);
    }
    return;
  }
  const own = flatten(decl, [], false);
  const sheet: SheetLayout = {
    name: decl.name,
    entity: decl.name,
    path: path.join('/'),
    decl,
    ancestors: ancestors.map((a) => ({ entity: a.entity, path: a.path })),
    keys,
    qualifiers: [],
    columns: own.columns,
    childSheets: [],
    ...(state.notInYear ? { notInYear: state.notInYear } : {}),
  };
  state.sheets.push(sheet);
  parentSheet?.childSheets.push(sheet.name);
  if (own.repeats.length === 0) return;
  const id = identifyingField(decl);
  const childKeys: KeyColumn[] = [...keys];
  if (id?.simple && !keys.some((k) => k.header === id.name)) {
    childKeys.push({ header: id.name, level: ancestors.length, path: [id.name], simple: id.simple });
  }
  const qName = QUALIFYING_FIELD[decl.name];
  const q = qName ? simpleKids(decl).find((k) => k.name === qName) : undefined;
  const qualifiers: KeyColumn[] = q?.simple ? [{ header: q.name, level: ancestors.length, path: [q.name], simple: q.simple }] : [];
  const childAncestors = [...ancestors, { entity: decl.name, path, decl }];
  for (const r of own.repeats) {
    // A repeat inside a flattened child (LearnerHE/LearnerHEFinancialSupport) hangs off that child: its ancestor chain
    // gets the flattened element too, at the same key level.
    const chain = [...childAncestors];
    let p = path;
    for (const step of r.via) {
      p = [...p, step];
      chain.push({ entity: step, path: p, decl: decl });
    }
    const before = state.sheets.length;
    addSheets(state, r.decl, [...p, r.decl.name], chain, childKeys, sheet);
    // Direct children only (not a flattened child's repeats, whose parent is one record per key anyway).
    if (r.via.length === 0) state.sheets[before]!.qualifiers = qualifiers;
  }
}

function returnFieldsOf(year: IlrYear): { returnFields: ReturnField[]; fixed: { path: string[]; value: string }[] } {
  const root = year.schema.root;
  const byName = new Map<string, ReturnField>();
  const fixed: { path: string[]; value: string }[] = [];
  const visit = (e: ElementDecl, path: string[], optional: boolean) => {
    for (const c of e.children ?? []) {
      const p = [...path, c.name];
      if (c.children) {
        if (!isRepeating(c)) visit(c, p, optional || c.minOccurs === 0);
        continue;
      }
      const en = c.simple!.facets.enumeration;
      if (en?.length === 1 && c.minOccurs > 0) fixed.push({ path: p, value: en[0]! });
      if (en?.length === 1 && c.minOccurs > 0 && !SHOWN_FIXED.has(c.name)) continue;
      const f = byName.get(c.name);
      if (f) f.paths.push(p);
      else byName.set(c.name, { name: c.name, paths: [p], simple: c.simple!, required: !optional && c.minOccurs > 0 });
    }
  };
  for (const top of root.children ?? []) {
    if (!top.children || isRepeating(top) || top.minOccurs === 0) continue; // Header, LearningProvider
    visit(top, [top.name], false);
  }
  const rank = (n: string) => {
    const i = RETURN_ORDER.indexOf(n);
    return i < 0 ? RETURN_ORDER.length : i;
  };
  const returnFields = [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name));
  return { returnFields, fixed };
}

const cache = new WeakMap<IlrYear, YearLayout>();

/**
 * The layout of a year. For a year whose XSD has no Destination and Progression entity, the DP sheets come from
 * the newest known year that has it, so providers can keep tracking destinations in the workbook.
 */
export function layoutFor(year: IlrYear, registry: YearRegistry = defaultRegistry): YearLayout {
  const hit = cache.get(year);
  if (hit) return hit;
  const state: WalkState = { sheets: [] };
  for (const top of year.schema.root.children ?? []) {
    if (!top.children) continue;
    if (isRepeating(top)) addSheets(state, top, [top.name], [], [], undefined);
    else if (top.minOccurs === 0) addSheets(state, top, [top.name], [], [], undefined); // SourceFiles
  }
  if (!year.hasDestinations) {
    const donor = destinationDonor(registry);
    const decl = donor?.schema.byPath.get(`Message/${DESTINATION_ENTITY}`);
    if (donor && decl) {
      state.notInYear = donor.label;
      addSheets(state, decl, [decl.name], [], [], undefined);
    }
  }
  const { returnFields, fixed } = returnFieldsOf(year);
  const layout: YearLayout = { year, sheets: state.sheets, returnFields, fixed, bySheet: new Map(state.sheets.map((s) => [s.name, s])) };
  cache.set(year, layout);
  return layout;
}

/** The newest known year with the Destination and Progression entity. */
function destinationDonor(registry: YearRegistry): IlrYear | undefined {
  const codes = registry.codes().reverse();
  for (const c of codes) {
    const y = registry.get(c);
    if (y.hasDestinations) return y;
  }
  return undefined;
}

/** All headers of a sheet in layout order: keys, merged parent's fields, then the record's own columns. */
export function sheetHeaders(s: SheetLayout): string[] {
  return [...s.keys.map((k) => k.header), ...(s.mergedParent?.columns.map((c) => c.header) ?? []), ...s.columns.map((c) => c.header)];
}
