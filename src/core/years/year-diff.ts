import type { ElementDecl, Facets, SchemaModel } from '../schema/model';
import type { IlrYear } from './year';

/** One difference between two years' XSDs, in words a data manager can read. */
export interface SchemaChange {
  kind: 'added' | 'removed' | 'changed';
  /** The element's path below Message, e.g. "Learner/LearningDelivery/EPAOrgID". */
  path: string;
  /** For `changed`: what changed, e.g. "maximum length 7 → 8". */
  what?: string;
}

export interface YearDiff {
  /** The year compared (the new one) and the year it is compared with. */
  year: string;
  against: string;
  namespace: { from: string; to: string };
  changes: SchemaChange[];
}

const below = (path: string): string => path.replace(/^Message\//, '');

function occurs(e: ElementDecl): string {
  const max = e.maxOccurs === Infinity ? 'many' : String(e.maxOccurs);
  return `${e.minOccurs === 0 ? 'optional' : 'required'}, at most ${max}`;
}

const FACET_WORDS: [keyof Facets, string][] = [
  ['length', 'length'],
  ['minLength', 'minimum length'],
  ['maxLength', 'maximum length'],
  ['totalDigits', 'digits'],
  ['fractionDigits', 'decimal places'],
  ['minInclusive', 'smallest value'],
  ['maxInclusive', 'largest value'],
];

function show(v: unknown): string {
  if (v === undefined) return 'none';
  if (Array.isArray(v)) return v.length === 0 ? 'none' : v.join(' | ');
  return String(v);
}

/** What differs between two declarations of the same element (type, facets, occurrence), in words. */
function differences(a: ElementDecl, b: ElementDecl): string[] {
  const out: string[] = [];
  if (occurs(a) !== occurs(b)) out.push(`occurrence ${occurs(a)} → ${occurs(b)}`);
  const sa = a.simple;
  const sb = b.simple;
  if (!sa || !sb) {
    if (!!sa !== !!sb) out.push(sa ? 'a value → a group of elements' : 'a group of elements → a value');
    return out;
  }
  if (sa.base !== sb.base) out.push(`type ${sa.base} → ${sb.base}`);
  for (const [k, words] of FACET_WORDS) {
    if (sa.facets[k] !== sb.facets[k]) out.push(`${words} ${show(sa.facets[k])} → ${show(sb.facets[k])}`);
  }
  if (show(sa.facets.patterns) !== show(sb.facets.patterns)) out.push(`pattern ${show(sa.facets.patterns)} → ${show(sb.facets.patterns)}`);
  if (show(sa.facets.enumeration) !== show(sb.facets.enumeration) && !a.path.endsWith('CollectionDetails/Year')) {
    out.push(`allowed values ${show(sa.facets.enumeration)} → ${show(sb.facets.enumeration)}`);
  }
  if (sa.restrictedCharset !== sb.restrictedCharset) out.push(sb.restrictedCharset ? 'now limited to the ILR character set' : 'no longer limited to the ILR character set');
  return out;
}

/** The element paths of a schema in document order, each parent before its children. */
function paths(schema: SchemaModel): string[] {
  const out: string[] = [];
  const walk = (e: ElementDecl): void => {
    out.push(e.path);
    for (const c of e.children ?? []) walk(c);
  };
  walk(schema.root);
  return out;
}

/**
 * What a year's XSD changes against another year's (the newest shipped one, when a user adds a year): elements added
 * and removed (an element under an added or removed parent is not listed again), and, for elements in both, changed
 * occurrence, type, lengths, digits, ranges, patterns and allowed values. The Year enumeration and the namespace are
 * the expected differences and are reported apart.
 */
export function yearDiff(year: IlrYear, against: IlrYear): YearDiff {
  const a = against.schema;
  const b = year.schema;
  const changes: SchemaChange[] = [];
  const under = (p: string, set: Set<string>): boolean => {
    const parent = p.slice(0, p.lastIndexOf('/'));
    return set.has(parent);
  };
  const removed = new Set<string>();
  for (const p of paths(a)) {
    if (b.byPath.has(p)) continue;
    removed.add(p);
    if (!under(p, removed)) changes.push({ kind: 'removed', path: below(p) });
  }
  const added = new Set<string>();
  for (const p of paths(b)) {
    const old = a.byPath.get(p);
    if (!old) {
      added.add(p);
      if (!under(p, added)) changes.push({ kind: 'added', path: below(p) });
      continue;
    }
    const what = differences(old, b.byPath.get(p)!);
    if (what.length) changes.push({ kind: 'changed', path: below(p), what: what.join('; ') });
  }
  if ((a.restrictedStringPattern ?? '') !== (b.restrictedStringPattern ?? '')) {
    changes.push({ kind: 'changed', path: '(the ILR character set, RestrictedString)', what: `pattern ${show(a.restrictedStringPattern)} → ${show(b.restrictedStringPattern)}` });
  }
  return { year: year.code, against: against.code, namespace: { from: a.targetNamespace, to: b.targetNamespace }, changes };
}

/** The diff as lines of text, e.g. "changed: Learner/LearningDelivery/EPAOrgID — maximum length 7 → 8". */
export function describeYearDiff(d: YearDiff): string[] {
  if (d.changes.length === 0) return ['no element, length or pattern differs'];
  return d.changes.map((c) => `${c.kind}: ${c.path}${c.what ? ` — ${c.what}` : ''}`);
}
