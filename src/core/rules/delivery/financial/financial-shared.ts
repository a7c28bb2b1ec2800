import { date, deliveries, int, kids, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import type { LearnerRule, RuleContext, RuleMeta, RuleVariant } from '../../types';

/**
 * Shared machinery of the financial-record, work-placement, FAM-date and aim-field rules: a finding is reported at the
 * field to correct, on the aim or on one of its child records (AppFinRecord, LearningDeliveryWorkPlacement,
 * LearningDeliveryFAM, ProviderSpecDeliveryMonitoring), with the other records involved in `related`.
 */
export interface Related {
  record: IlrRecord;
  field?: string;
  aim?: IlrRecord;
}

/** What a rule found: the field to correct (and, for a missing child record, its entity), and the other records involved. */
export interface Hit {
  field: string;
  entity?: string;
  related?: Related[];
}

export type Found = string | Hit | undefined;

function toHit(found: Found): Hit | undefined {
  return typeof found === 'string' ? { field: found } : found;
}

/** The check of a rule that looks at each aim on its own (with its learner, for derived data). */
export function aimCheck(fires: (aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => Found): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const hit = toHit(fires(aim, learner, ctx));
      if (!hit) continue;
      const details: { entity?: string; related?: Related[] } = {};
      if (hit.entity) details.entity = hit.entity;
      if (hit.related?.length) details.related = hit.related;
      ctx.report(aim, hit.field, details);
    }
  };
}

export function aimRule(meta: RuleMeta, fires: (aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => Found): LearnerRule {
  return { ...meta, scope: 'learner', check: aimCheck(fires) };
}

/** Which child records of an aim a rule looks at: an entity name (LearningDeliveryFAM …) or a selection of them. */
export type Records = string | ((aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => readonly IlrRecord[]);

/** The check of a rule that looks at each child record of each aim (all of an entity, or a selection). */
export function childCheck(child: Records, fires: (rec: IlrRecord, aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => Found): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const records = typeof child === 'string' ? kids(aim, child) : child(aim, learner, ctx);
      if (records.length === 0) continue;
      for (const rec of records) {
        const hit = toHit(fires(rec, aim, learner, ctx));
        if (!hit) continue;
        ctx.report(rec, hit.field, hit.related?.length ? { aim, related: hit.related } : { aim });
      }
    }
  };
}

export function childRule(meta: RuleMeta, child: Records, fires: (rec: IlrRecord, aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => Found): LearnerRule {
  return { ...meta, scope: 'learner', check: childCheck(child, fires) };
}

/** No records (a selection that does not apply to the aim). */
export const NO_RECORDS: readonly IlrRecord[] = Object.freeze([]);

/** A variant for 2020-21 and before with another check and the fields it reads. */
export function until2021(fields: string[], check: LearnerRule['check'], why: string): RuleVariant<IlrRecord> {
  return { years: { to: '2021' }, fields, check, why };
}

/** The FAM's type, trimmed and upper-case. */
export function famType(fam: IlrRecord): string | undefined {
  return text(fam, 'LearnDelFAMType')?.trim().toUpperCase();
}

/** The aim's reference, trimmed and upper-case. */
export function aimRef(aim: IlrRecord): string | undefined {
  return text(aim, 'LearnAimRef')?.trim().toUpperCase();
}

/** Whether a value is returned (present and not blank). */
export function known(rec: IlrRecord, field: string): boolean {
  return text(rec, field) !== undefined;
}

export { date, int, text };
