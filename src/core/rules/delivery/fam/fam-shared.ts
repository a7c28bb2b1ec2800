import { date, deliveries, int, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { DELIVERY_FAMS, type AimFams } from '../../derived/delivery-fams';
import type { LearnerRule, RuleContext, RuleMeta, RuleVariant } from '../../types';

/**
 * Shared machinery of the learning delivery FAM rules (LearnDelFAMType_*): each rule looks at one aim with its FAMs by
 * type (DELIVERY_FAMS, indexed once per learner) and returns where the finding belongs — the FAM record to correct, or
 * the aim's field when a FAM is missing — with the other cells involved.
 */
export interface Hit {
  record: IlrRecord;
  field: string;
  /** Other fields of the aim the finding is about (e.g. the FundModel a FAM is not allowed for). */
  aimFields?: readonly string[];
  /** Other FAM records the finding is about (e.g. the other copies of a FAM type). */
  fams?: readonly IlrRecord[];
}

export type Fires = (aim: IlrRecord, fams: AimFams, ctx: RuleContext, learner: IlrRecord) => Hit | readonly Hit[] | undefined;

/** The check of a FAM rule (also for a variant of one). */
export function famCheck(fires: Fires): LearnerRule['check'] {
  return (learner, ctx) => {
    const index = ctx.get(DELIVERY_FAMS, learner);
    for (const aim of deliveries(learner)) {
      const fams = index.get(aim);
      if (!fams) continue;
      const hit = fires(aim, fams, ctx, learner);
      if (!hit) continue;
      for (const h of Array.isArray(hit) ? (hit as readonly Hit[]) : [hit as Hit]) {
        const related = [
          ...(h.aimFields ?? []).filter((f) => text(aim, f) !== undefined).map((f) => ({ record: aim, field: f })),
          ...(h.fams ?? []).map((f) => ({ record: f, field: 'LearnDelFAMCode', aim })),
        ];
        ctx.report(h.record, h.field, { ...(h.record === aim ? {} : { aim }), ...(related.length ? { related } : {}) });
      }
    }
  };
}

/** A learning delivery FAM rule: official metadata (group `fam`) and the aim-by-aim check. */
export function famRule(id: string, own: Omit<Parameters<typeof officialMeta>[1], 'entity' | 'group'> & { entity?: string }, fires: Fires): LearnerRule {
  const meta: RuleMeta = officialMeta(id, { entity: 'LearningDeliveryFAM', group: 'fam', ...own });
  return { ...meta, scope: 'learner', check: famCheck(fires) };
}

/** The 2020-21 (and before) variant of a FAM rule: ESFA's 2020-21 condition, the fields it reads, and why it differs. */
export function famUntil2021(fields: string[], fires: Fires, why: string): RuleVariant<IlrRecord> {
  return { years: { to: '2021' }, fields, check: famCheck(fires), why };
}

/** A finding at each of the FAM records (at their code), about the aim's fields too. */
export function atCodes(records: readonly IlrRecord[], aimFields: readonly string[] = []): Hit[] | undefined {
  return records.length ? records.map((record) => ({ record, field: 'LearnDelFAMCode', aimFields })) : undefined;
}

/** A finding at a FAM record's type (the FAM is not allowed), about the aim's fields too. */
export function atType(record: IlrRecord | undefined, aimFields: readonly string[] = []): Hit | undefined {
  return record ? { record, field: 'LearnDelFAMType', aimFields } : undefined;
}

/** A finding at each FAM record of the type (the type is not allowed), about the aim's fields too. */
export function atTypes(records: readonly IlrRecord[], aimFields: readonly string[] = []): Hit[] | undefined {
  return records.length ? records.map((record) => ({ record, field: 'LearnDelFAMType', aimFields })) : undefined;
}

/** A finding at the aim's field (a FAM the aim must have is missing). */
export function atAim(aim: IlrRecord, field: string, aimFields: readonly string[] = []): Hit {
  return { record: aim, field, aimFields };
}

/** Reports the first record of the type beyond `max` (once per aim), with the others of the type. */
export function atMost(type: string, max: number): Fires {
  return (_aim, fams) => {
    const list = fams.of(type);
    const extra = list[max];
    return extra ? { record: extra, field: 'LearnDelFAMType', fams: list.filter((f) => f !== extra) } : undefined;
  };
}

/**
 * DD35 as ESFA's 2020-21 service computes it: SOF 110–117 (the combined authorities of the time; 118–120 were
 * unassigned). For the 2020-21 variants; later years use derived/programme.ts isDevolved (SOF 110–120).
 */
export function isDevolved2021(fams: AimFams): boolean {
  return fams.has('SOF', '110', '111', '112', '113', '114', '115', '116', '117');
}

/** Whether the aim's FundModel is one of the codes. */
export function fundModelIn(aim: IlrRecord, models: readonly number[]): boolean {
  const fm = int(aim, 'FundModel');
  return fm !== undefined && models.includes(fm);
}

/** Whether the aim's LearnStartDate is on or after a date (false when it is missing or not a date). */
export function startsOnOrAfter(aim: IlrRecord, day: string): boolean {
  const s = date(aim, 'LearnStartDate');
  return s !== undefined && s >= day;
}

/** Whether the aim's LearnStartDate is before a date (false when it is missing or not a date). */
export function startsBefore(aim: IlrRecord, day: string): boolean {
  const s = date(aim, 'LearnStartDate');
  return s !== undefined && s < day;
}

export { int, text, date };
