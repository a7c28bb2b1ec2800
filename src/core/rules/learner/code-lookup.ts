import { text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { codeEntry, codeList, codeListKey, codeListSource, codeVerdict } from '../../codes';
import type { IlrYear } from '../../years/year';
import type { LearnerRule, RuleContext, RuleMeta } from '../types';

/**
 * Shared machinery of the "valid lookup" rules (Sex_01, Ethnicity_01, LearnFAMType_01, …): each rule file states which
 * records and field it reads and which code list (src/core/codes, the one source of code lists) it checks against.
 * A rule applies to a year only when the product has that year's own list: a list borrowed from another year is not
 * used to raise official errors (codes are renumbered between years, e.g. PriorAttain in 2021-22). Against a list
 * marked incomplete (the whole official table was not seen: LDM, DAM, SOF, QUALENT3 …) only a code that cannot be one
 * of the list's is reported, and the finding says the list is incomplete (see codeVerdict in src/core/codes).
 */
export interface LookupTarget {
  /** Child record names from the learner down to the record holding the field; [] = the learner itself. */
  records: string[];
  field: string;
  /** The field naming the code's type, for typed lists (LearnFAMType for LearnFAMCode, ESMType for ESMCode). */
  typeField?: string;
}

export interface Held {
  rec: IlrRecord;
  /** The record that holds `rec` (the learner for a direct child; the learner itself for the learner). */
  parent: IlrRecord;
  /** The learning aim `rec` is, or belongs to, if any. */
  aim?: IlrRecord;
}

const NONE: readonly Held[] = Object.freeze([]);

/** The records at `path` under the learner (at most two levels down: all the lookups need), with their parent and aim. */
function recordsAt(learner: IlrRecord, path: readonly string[]): readonly Held[] {
  if (path.length === 0) return [{ rec: learner, parent: learner }];
  if (path.length > 2) throw new Error(`recordsAt: paths of at most two records are supported (${path.join('/')})`);
  const [first, second] = path as [string, string | undefined];
  const top = learner.children[first];
  if (!top || top.length === 0) return NONE;
  const firstIsAim = first === 'LearningDelivery';
  const out: Held[] = [];
  for (const c of top) {
    if (second === undefined) {
      out.push(firstIsAim ? { rec: c, parent: learner, aim: c } : { rec: c, parent: learner });
      continue;
    }
    const below = c.children[second];
    if (!below) continue;
    for (const g of below) out.push(firstIsAim ? { rec: g, parent: c, aim: c } : { rec: g, parent: c });
  }
  return out;
}

/** Whether the product has the year's own list for the field (or, for typed lists, the year's list of types). */
export function hasOwnList(year: IlrYear, field: string): boolean {
  return codeList(year.code, field) !== undefined && !codeListSource(year.code, field)?.yearFallback;
}

export function reportValue(ctx: RuleContext, held: Held, field: string, note?: string): void {
  ctx.report(held.rec, field, { ...(held.aim ? { aim: held.aim } : {}), ...(note ? { note } : {}) });
}

export { recordsAt };

/**
 * A rule that reports every value of `target` that is not in the code list (for typed lists: not a code of its type,
 * or of a type the list does not know). A blank value is not checked (FD_*_MA reports a missing mandatory one).
 */
export function lookupRule(meta: RuleMeta, target: LookupTarget, listFor: (year: IlrYear) => string | undefined = () => target.field): LearnerRule {
  // the list a year's values are checked against, found once per year (not once per learner)
  const fields = new WeakMap<IlrYear, string | undefined>();
  const listField = (year: IlrYear): string | undefined => {
    if (fields.has(year)) return fields.get(year);
    const f = listFor(year);
    fields.set(year, f);
    return f;
  };
  // the verdict on each distinct (year, type, value) — the year decides the list — found once, then looked up by
  // nested maps (no key string is built per value read)
  const verdicts = new WeakMap<IlrYear, Map<string, Map<string, UnknownCode | null>>>();
  const judge = (year: IlrYear, field: string, value: string, type: string | undefined): UnknownCode | undefined => {
    let byType = verdicts.get(year);
    if (!byType) verdicts.set(year, (byType = new Map()));
    const t = type ?? '';
    let byValue = byType.get(t);
    if (!byValue) byType.set(t, (byValue = new Map()));
    let v = byValue.get(value);
    if (v === undefined) {
      if (byValue.size >= 50_000) byValue.clear();
      byValue.set(value, (v = unknownCode(year.code, field, value, target.typeField, type) ?? null));
    }
    return v ?? undefined;
  };
  return {
    ...meta,
    scope: 'learner',
    appliesTo: (year) => {
      const f = listField(year);
      return f !== undefined && hasOwnList(year, target.typeField ?? f);
    },
    check(learner, ctx) {
      const field = listField(ctx.year)!;
      for (const held of recordsAt(learner, target.records)) {
        const rec = held.rec;
        const value = text(rec, target.field);
        if (value === undefined) continue;
        const type = target.typeField ? text(rec, target.typeField)?.trim().toUpperCase() : undefined;
        if (target.typeField && type === undefined) continue; // the type's own FD_*_MA rule reports it
        const unknown = judge(ctx.year, field, value, type);
        if (unknown) reportValue(ctx, held, target.field, unknown.note);
      }
    },
  };
}

/** A value that is not a code of the year's list, and what the finding adds when the list is incomplete. */
export interface UnknownCode {
  /** For a list marked incomplete: that it is, and why the value cannot be one of its codes. */
  note?: string;
}

function judged(yearCode: string, field: string, value: string, type: string | undefined): UnknownCode | undefined {
  const v = codeVerdict(yearCode, field, value, type !== undefined ? { type } : {});
  if (!v || v.status === 'valid' || v.status === 'unverified') return undefined;
  if (v.status === 'not-in-list') return {};
  const key = codeListKey(field, type) ?? field;
  return { note: `the product's ${key.replace(/^[A-Za-z]+:/, '')} list is incomplete, so only codes that cannot be in it are reported: ${v.why}` };
}

/**
 * Whether a value is not a code of the year's list (for typed lists: not a code of its type, or of a type the list does
 * not know), with the note for an incomplete list; undefined when it is a code, or may be one (a code of the right form
 * missing from an incomplete list), or the product has no list to judge it by.
 */
export function unknownCode(yearCode: string, field: string, value: string, typeField?: string, type?: string): UnknownCode | undefined {
  if (!typeField) return judged(yearCode, field, value, undefined);
  if (type === undefined) return undefined;
  if (codeVerdict(yearCode, field, value, { type })) return judged(yearCode, field, value, type);
  // no code list for the type: the type itself may be unknown
  return judged(yearCode, typeField, type, undefined);
}

/** Whether a value is not a code of the year's list (see unknownCode). */
export function isUnknownCode(yearCode: string, field: string, value: string, typeField?: string, type?: string): boolean {
  return unknownCode(yearCode, field, value, typeField, type) !== undefined;
}

/** How a "valid to" rule treats codes (ESFA's 2020-21 service asks whether a code is current, not only whether it ended). */
export interface ValidityOptions {
  /** Also report a code used before its "valid from" date (the code is not current on the date). */
  validFrom?: boolean;
  /** Also report a code that is not in the year's list (a code the list lacks is not current either). */
  unknown?: boolean;
}

/**
 * A rule that reports a code used after its list's "valid to" date, the date being taken from the learner or record
 * (e.g. DD06, the earliest learning start date; or the date the employment status applies from). Unknown codes are
 * the matching lookup rule's to report, unless `options` say otherwise (see ValidityOptions).
 */
export function validToRule(
  meta: RuleMeta,
  target: LookupTarget,
  dateOf: (learner: IlrRecord, held: Held, ctx: RuleContext) => string | undefined,
  skip: (held: Held) => boolean = () => false,
  options: ValidityOptions = {},
): LearnerRule {
  return {
    ...meta,
    scope: 'learner',
    appliesTo: (year) => hasOwnList(year, target.typeField ?? target.field),
    check(learner, ctx) {
      for (const held of recordsAt(learner, target.records)) {
        const rec = held.rec;
        const value = text(rec, target.field);
        if (value === undefined || skip(held)) continue;
        const type = target.typeField ? text(rec, target.typeField)?.trim().toUpperCase() : undefined;
        if (target.typeField && type === undefined) continue;
        const entry = codeEntry(ctx.year.code, target.field, value, type);
        if (!entry) {
          const unknown = options.unknown ? unknownCode(ctx.year.code, target.field, value, target.typeField, type) : undefined;
          if (unknown) reportValue(ctx, held, target.field, unknown.note);
          continue;
        }
        const on = dateOf(learner, held, ctx);
        if (on === undefined) continue;
        if ((entry.validTo && on > entry.validTo) || (options.validFrom && entry.validFrom && on < entry.validFrom)) reportValue(ctx, held, target.field);
      }
    },
  };
}
