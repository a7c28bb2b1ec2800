import type { IlrYear } from '../years/year';
import { listForYear, nameInList, officialLists } from './catalogue/official-list';
import type { RuleContext, RuleDefinition, RuleVariant, YearRule } from './types';
import { describeSpan, inSpan } from './year-span';

/** Whether a rule exists in a year: its years include it and the year meets its condition (appliesTo). */
export function existsIn(def: RuleDefinition, year: IlrYear): boolean {
  return inSpan(year, def.years) && (def.appliesTo ? def.appliesTo(year) : true);
}

function variantFor(def: RuleDefinition, year: IlrYear): RuleVariant<never> | undefined {
  return (def.variants as readonly RuleVariant<never>[] | undefined)?.find((v) => inSpan(year, v.years));
}

/** The rule's ID in a year: a variant's, else the year's official list's name for it (2020-21 "R06" for "R_06"), else its own. */
export function idIn(def: RuleDefinition, year: IlrYear): string {
  const v = variantFor(def, year);
  if (v?.id) return v.id;
  return nameInList(listForYear(year.code).list, def.id);
}

/** Every ID a rule has had, in any year: for look-ups by an ID of any year. */
export function allIdsOf(def: RuleDefinition): string[] {
  const ids = new Set<string>([def.id]);
  for (const v of def.variants ?? []) if (v.id) ids.add(v.id);
  for (const l of officialLists()) ids.add(nameInList(l, def.id));
  return [...ids];
}

/**
 * A rule as it is in one year: its ID, severity, message, description, fields and condition for that year (a variant's
 * where one applies), or undefined when the rule does not exist in the year.
 */
export function resolveRule(def: RuleDefinition, year: IlrYear): YearRule | undefined {
  if (!existsIn(def, year)) return undefined;
  const v = variantFor(def, year);
  const id = idIn(def, year);
  const severity = v?.severity ?? (def.severityFor ? def.severityFor(year) : def.severity);
  const description = v ? [v.description ?? def.description, `In ${describeSpan(v.years)}: ${v.why}`].join(' ') : def.description;
  const ids = [id, ...allIdsOf(def).filter((x) => x !== id)];
  const check = (v?.check ?? def.check) as (subject: never, ctx: RuleContext) => void;
  const findingNote = def.findingNoteFor?.(year);
  return {
    ...(findingNote ? { findingNote } : {}),
    id,
    severity,
    message: v?.message ?? def.message,
    description,
    entity: def.entity,
    fields: v?.fields ?? def.fields,
    needs: def.needs,
    group: def.group,
    scope: def.scope,
    check,
    yearCode: year.code,
    key: def.id,
    ids,
    definition: def,
  } as YearRule;
}

/** The rules of a list of definitions that exist in a year, resolved for it. */
export function resolveAll(defs: readonly RuleDefinition[], year: IlrYear): YearRule[] {
  const out: YearRule[] = [];
  for (const d of defs) {
    const r = resolveRule(d, year);
    if (r) out.push(r);
  }
  return out;
}
