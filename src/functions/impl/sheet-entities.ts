import { isComplex, type ElementDecl } from '../../core/schema/model';
import { FRIENDLY_NAMES } from '../../core/sheet/friendly-names';
import { years } from '../../core/years/registry';
import type { IlrYear } from '../../core/years/year';

/**
 * The record types of a year's schema, for reading a row of any ILR sheet from its headers (ILR.CHECKROW): each
 * entity with its fields (by element name and by the specification's friendly names, src/core/sheet/friendly-names)
 * and the entities above it. Built once per year from the schema model.
 */
export interface SheetEntity {
  name: string;
  /** Entities from just below Message down to this one (this one last). */
  chain: ElementDecl[];
  /** Own simple fields by normalised header text. */
  fields: Map<string, ElementDecl>;
}

/** Header text compared without case, spaces or punctuation ("Comp Status" = "CompStatus" = "compstatus"). */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A field under its element name and under the specification's friendly names (the sheet layer's aliases). */
function addField(fields: Map<string, ElementDecl>, f: ElementDecl): void {
  for (const name of [f.name, ...(FRIENDLY_NAMES[f.name] ?? [])]) {
    const key = normaliseHeader(name);
    if (key && !fields.has(key)) fields.set(key, f);
  }
}

function fieldsOf(e: ElementDecl): Map<string, ElementDecl> {
  const fields = new Map<string, ElementDecl>();
  for (const f of e.children ?? []) if (!isComplex(f)) addField(fields, f);
  return fields;
}

const cache = new WeakMap<IlrYear, SheetEntity[]>();

export function sheetEntities(year: IlrYear): SheetEntity[] {
  let list = cache.get(year);
  if (list) return list;
  list = [];
  const walk = (e: ElementDecl, chain: ElementDecl[]) => {
    for (const c of e.children ?? []) {
      if (!isComplex(c)) continue;
      const here = [...chain, c];
      list!.push({ name: c.name, chain: here, fields: fieldsOf(c) });
      walk(c, here);
    }
  };
  walk(year.schema.root, []);
  cache.set(year, list);
  return list;
}

/**
 * The entities to match headers against for a year: its own, plus — for a year whose ILR no longer has the
 * Destination and Progression entity — that entity's records from the newest year that has it (destinations are
 * still tracked in the workbook).
 */
export function candidateEntities(year: IlrYear): SheetEntity[] {
  const own = sheetEntities(year);
  if (year.hasDestinations) return own;
  const withDp = [...years.codes()].reverse().map((c) => years.get(c)).find((y) => y.hasDestinations);
  if (!withDp) return own;
  const dp = sheetEntities(withDp).filter((e) => e.chain.some((d) => d.name === 'LearnerDestinationandProgression'));
  return [...own, ...dp];
}

export interface HeaderMatch {
  entity: SheetEntity;
  /** For each header column: the record (index in the chain) and field it fills, or undefined (not an ILR field). */
  columns: ({ level: number; field: ElementDecl } | undefined)[];
}

/** The entity whose fields the headers name most (ties: the first in schema order), with each column's field. */
export function matchHeaders(year: IlrYear, headers: readonly string[]): HeaderMatch | undefined {
  const norm = headers.map(normaliseHeader);
  let best: SheetEntity | undefined;
  let bestCount = 0;
  for (const e of candidateEntities(year)) {
    const count = new Set(norm.map((h) => (h === '' ? undefined : e.fields.get(h))).filter(Boolean)).size;
    if (count > bestCount) {
      best = e;
      bestCount = count;
    }
  }
  if (!best) return undefined;
  const entity = best;
  const levels = entity.chain.map((decl, i) => (i === entity.chain.length - 1 ? entity.fields : fieldsOf(decl)));
  const columns = norm.map((h) => {
    if (h === '') return undefined;
    for (let level = levels.length - 1; level >= 0; level--) {
      const f = levels[level]!.get(h);
      if (f) return { level, field: f };
    }
    return undefined;
  });
  return { entity, columns };
}
