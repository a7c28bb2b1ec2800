import type { ElementDecl, SimpleType } from '../../schema/model';
import type { IlrYear } from '../../years/year';
import type { FdKind } from './fd-kinds';

/**
 * What the FD rules check for one year, derived once from the year's schema model (never per row):
 * for each record type, its simple fields with the facet kinds that apply and the rule ID of each kind, and its
 * repeating children with their occurrence limits.
 */
export interface FdPlan {
  year: IlrYear;
  root: EntityPlan;
  /** Every rule ID the plan can report. */
  ids: Set<string>;
  /** The RestrictedString character-set pattern of the year. */
  restrictedPattern?: string;
}

export interface EntityPlan {
  name: string;
  path: string;
  fields: FieldPlan[];
  children: ChildPlan[];
}

export interface ChildPlan {
  name: string;
  decl: ElementDecl;
  /** The EO rule ID, when the XSD limits how often it occurs. */
  eoId?: string;
  entity: EntityPlan;
}

/** A pattern of the form [class]{m,n} split into its character class and its length bounds. */
export interface PatternPlan {
  pattern: string;
  charClass?: RegExp;
  minLength?: number;
  maxLength?: number;
}

export interface FieldPlan {
  name: string;
  entity: string;
  decl: ElementDecl;
  /** The simple type with its patterns taken out (they are checked through `patterns`). */
  typeWithoutPatterns: SimpleType;
  patterns: PatternPlan[];
  /** For numbers limited by min/maxInclusive: the most digits an allowed value has (more is a length problem). */
  maxDigits?: number;
  ids: Partial<Record<FdKind, string>>;
}

/** Resolves (element, kind) to a rule ID: the official one when the official list has it (case-insensitively), else our own. */
export type IdResolver = (element: string, kind: FdKind) => string;

const NUMERIC = new Set(['int', 'long', 'decimal']);

function splitPattern(p: string): PatternPlan {
  const m = /^(\[(?:\\.|[^\]\\])*\])\{(\d+)(?:,(\d*))?\}$/u.exec(p);
  if (!m) return { pattern: p };
  let charClass: RegExp;
  try {
    charClass = new RegExp(`^${m[1]}$`, 'u');
  } catch {
    return { pattern: p };
  }
  const min = Number(m[2]);
  const max = m[3] === undefined ? min : m[3] === '' ? undefined : Number(m[3]);
  return { pattern: p, charClass, minLength: min, ...(max !== undefined ? { maxLength: max } : {}) };
}

function digitsOfLimit(n: number): number {
  return String(Math.trunc(Math.abs(n))).length;
}

/** The facet kinds that apply to a simple element. */
export function simpleKinds(decl: ElementDecl, restrictedPattern: string | undefined): FdKind[] {
  const t = decl.simple!;
  const f = t.facets;
  const kinds: FdKind[] = [];
  const numeric = NUMERIC.has(t.base);
  const own = f.patterns.filter((p) => !(t.restrictedCharset && p === restrictedPattern)).map(splitPattern);
  if (decl.minOccurs >= 1) kinds.push('MA');
  if (t.base !== 'string') kinds.push('DT');
  const lengthFromPattern = own.some((p) => p.charClass && (p.maxLength !== undefined || p.minLength! > 1));
  if (
    (t.base === 'string' && (f.length !== undefined || f.maxLength !== undefined || lengthFromPattern)) ||
    (numeric && (f.totalDigits !== undefined || f.fractionDigits !== undefined || f.maxInclusive !== undefined))
  ) {
    kinds.push('AL');
  }
  if (t.base === 'string' && (t.restrictedCharset || own.length > 0)) kinds.push('AP');
  if ((numeric && (f.minInclusive !== undefined || f.maxInclusive !== undefined)) || f.enumeration) kinds.push('AR');
  return kinds;
}

/**
 * Occurrence limits an official rule of another family already checks, so no EO rule is generated for them:
 * "at least one Learner" is Entity_1 (a file-level rule, in ../destination/Entity_1.ts).
 */
export const EO_CHECKED_ELSEWHERE: ReadonlyMap<string, string> = new Map([['Message/Learner', 'Entity_1']]);

export function buildFdPlan(year: IlrYear, resolve: IdResolver): FdPlan {
  const restrictedPattern = year.schema.restrictedStringPattern;
  const ids = new Set<string>();
  const build = (decl: ElementDecl): EntityPlan => {
    const plan: EntityPlan = { name: decl.name, path: decl.path, fields: [], children: [] };
    for (const c of decl.children ?? []) {
      if (c.simple) {
        const t = c.simple;
        const fp: FieldPlan = {
          name: c.name,
          entity: decl.name,
          decl: c,
          typeWithoutPatterns: { ...t, facets: { ...t.facets, patterns: [] } },
          patterns: t.facets.patterns.filter((p) => !(t.restrictedCharset && p === restrictedPattern)).map(splitPattern),
          ids: {},
        };
        if (NUMERIC.has(t.base) && t.facets.maxInclusive !== undefined) {
          fp.maxDigits = Math.max(digitsOfLimit(t.facets.maxInclusive), digitsOfLimit(t.facets.minInclusive ?? 0));
        }
        for (const k of simpleKinds(c, restrictedPattern)) {
          const id = resolve(c.name, k);
          fp.ids[k] = id;
          ids.add(id);
        }
        plan.fields.push(fp);
      } else {
        const child: ChildPlan = { name: c.name, decl: c, entity: build(c) };
        if ((c.maxOccurs !== Infinity || c.minOccurs > 0) && !EO_CHECKED_ELSEWHERE.has(c.path)) {
          child.eoId = resolve(c.name, 'EO');
          ids.add(child.eoId);
        }
        plan.children.push(child);
      }
    }
    return plan;
  };
  return { year, root: build(year.schema.root), ids, ...(restrictedPattern ? { restrictedPattern } : {}) };
}
