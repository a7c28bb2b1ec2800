import { date, deliveries, int, kids, text } from '../../../model/access';
import { ageOn, daysBetween } from '../../../model/dates';
import type { IlrRecord } from '../../../model/record';
import type { IlrYear } from '../../../years/year';
import { hasDeliveryFam, sameCode } from '../../derived/aims';
import type { LearnerRule, RuleContext } from '../../types';

/** Helpers of the learner identity rules (date of birth and age, names, NI number, learner FAMs). */

/** The learner's DateOfBirth as an ISO date, or undefined when not returned or not a date (FD_DateOfBirth_DT's). */
export function dateOfBirth(learner: IlrRecord): string | undefined {
  return date(learner, 'DateOfBirth');
}

/** Whether the DateOfBirth is returned at all (a value that is not a date is returned: the FD rules report it). */
export function dateOfBirthReturned(learner: IlrRecord): boolean {
  return text(learner, 'DateOfBirth') !== undefined;
}

/** The learner's age on a date; undefined without a date of birth. */
export function ageAt(learner: IlrRecord, on: string | undefined): number | undefined {
  const dob = dateOfBirth(learner);
  return dob === undefined || on === undefined ? undefined : ageOn(dob, on);
}

/** 31 August of the current teaching year (the teaching year starts on 1 August). */
export function augustThirtyFirst(year: IlrYear): string {
  return `${year.start.slice(0, 4)}-08-31`;
}

/** The aim's FundModel is one of the codes. */
export function fundedBy(aim: IlrRecord, models: readonly number[]): boolean {
  const fm = int(aim, 'FundModel');
  return fm !== undefined && models.includes(fm);
}

/** Whether the aim has any LearningDeliveryFAM of the type (e.g. ADL, RES, SOF), whatever its code. */
export function hasDeliveryFamType(aim: IlrRecord, type: string): boolean {
  return kids(aim, 'LearningDeliveryFAM').some((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === type);
}

/** The aim's LearningDeliveryFAM records of a type. */
export function deliveryFamsOf(aim: IlrRecord, type: string): IlrRecord[] {
  return kids(aim, 'LearningDeliveryFAM').filter((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === type);
}

/** OLASS aims (LDM 034), excluded from several rules. */
export function isOlass(aim: IlrRecord): boolean {
  return hasDeliveryFam(aim, 'LDM', '034');
}

/** The learner's LearnerFAM records of a type (type compared trimmed and upper-case). */
export function learnerFamsOf(learner: IlrRecord, type: string): IlrRecord[] {
  return kids(learner, 'LearnerFAM').filter((f) => text(f, 'LearnFAMType')?.trim().toUpperCase() === type);
}

/** The learner has a LearnerFAM of the type (with the code, when given). */
export function hasLearnerFam(learner: IlrRecord, type: string, code?: string): boolean {
  return learnerFamsOf(learner, type).some((f) => code === undefined || sameCode(text(f, 'LearnFAMCode'), code));
}

/** Community learning aims: FundModel 10, or FundModel 99 with SOF 108 (local authority). */
export function isCommunityLearning(aim: IlrRecord): boolean {
  const fm = int(aim, 'FundModel');
  return fm === 10 || (fm === 99 && hasDeliveryFam(aim, 'SOF', '108'));
}

/** Every aim of the learner is community learning funded (true for a learner without aims, as in ESFA's service). */
export function allCommunityLearning(learner: IlrRecord): boolean {
  return deliveries(learner).every(isCommunityLearning);
}

/**
 * ESFA's 2020-21 service, FamilyName_01/02 and GivenNames_01/02: every aim is FundModel 10, or every aim of the
 * learner is FundModel 99 and this aim has SOF 108 — so a learner with a FundModel 10 aim and a FundModel 99 SOF 108
 * aim is not "all community learning" there.
 */
export function allCommunityLearning2021(learner: IlrRecord): boolean {
  const aims = deliveries(learner);
  const all99 = aims.every((a) => int(a, 'FundModel') === 99);
  return aims.every((a) => int(a, 'FundModel') === 10 || (all99 && hasDeliveryFam(a, 'SOF', '108')));
}

/** The temporary ULN. */
export const TEMPORARY_ULN = '9999999999';

/** The ULN is returned and is not the temporary one. */
export function hasRealUln(learner: IlrRecord): boolean {
  const uln = text(learner, 'ULN')?.trim();
  return uln !== undefined && uln !== TEMPORARY_ULN;
}

/**
 * A rule that reports the learner's DateOfBirth once, at the first aim that meets `fires` (as ESFA's service does for
 * these rules: one finding per learner), with the aim's fields named in `related` marked too.
 */
export function firstAimCheck(
  fires: (learner: IlrRecord, aim: IlrRecord, ctx: RuleContext) => boolean,
  related: readonly string[] = [],
): LearnerRule['check'] {
  return (learner, ctx) => {
    const aim = deliveries(learner).find((a) => fires(learner, a, ctx));
    if (aim) ctx.report(learner, 'DateOfBirth', { aim, related: related.map((field) => ({ record: aim, field })) });
  };
}

/**
 * A rule about an aim's source of funding (SOF) that depends on the learner's age: reports the aim's SOF record(s)
 * meeting `sofFires`, once per learner at the first aim that meets `aimFires`, with the DateOfBirth marked too.
 */
export function sofCheck(
  aimFires: (learner: IlrRecord, aim: IlrRecord, ctx: RuleContext) => boolean,
  sofFires: (code: string | undefined) => boolean,
): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      if (!aimFires(learner, aim, ctx)) continue;
      const sof = deliveryFamsOf(aim, 'SOF').find((f) => sofFires(text(f, 'LearnDelFAMCode')));
      if (!sof) continue;
      ctx.report(sof, 'LearnDelFAMCode', { aim, related: [{ record: learner, field: 'DateOfBirth' }] });
      return;
    }
  };
}

/** What a minimum-duration rule of apprenticeship standards (DateOfBirth_37/40/46/47/57/58) counts. */
export interface MinimumDuration {
  /** Aims starting on or after this date (ISO), if given. */
  from?: string;
  /** Aims starting on or before this date (ISO), if given. */
  to?: string;
  fundModels: readonly number[];
  /** The learner must be at least this old on the aim's start date (DateOfBirth known), if given. */
  minAge?: number;
  /** Only aims with CompStatus 2 (completed). */
  completed?: boolean;
  /** Only aims with Outcome 1 (achieved). */
  achieved?: boolean;
  /** The end date measured: the planned or the actual end. */
  end: 'LearnPlanEndDate' | 'LearnActEndDate';
  /** The duration must be at least this many days. */
  minDays: number;
  /** ESFA's 2020-21 "whole days" count: the days between the dates plus one. */
  inclusive?: boolean;
}

/**
 * An apprenticeship standard programme aim (ProgType 25, AimType 1) of the fund models, not a restart (no
 * LearnDelFAMType RES), whose duration from LearnStartDate to the end date is shorter than `minDays`: reported at the
 * end date, per aim, with the start date (and DateOfBirth, where the age counts) marked.
 */
export function minimumDurationCheck(m: MinimumDuration): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      const end = date(aim, m.end);
      if (start === undefined || end === undefined) continue;
      if ((m.from !== undefined && start < m.from) || (m.to !== undefined && start > m.to)) continue;
      if (!fundedBy(aim, m.fundModels) || int(aim, 'ProgType') !== 25 || int(aim, 'AimType') !== 1) continue;
      if (m.completed && int(aim, 'CompStatus') !== 2) continue;
      if (m.achieved && int(aim, 'Outcome') !== 1) continue;
      if (hasDeliveryFamType(aim, 'RES')) continue;
      if (m.minAge !== undefined) {
        const age = ageAt(learner, start);
        if (age === undefined || age < m.minAge) continue;
      }
      const days = daysBetween(start, end) + (m.inclusive ? 1 : 0);
      if (days >= m.minDays) continue;
      const related = [{ record: aim, field: 'LearnStartDate' }, ...(m.minAge !== undefined ? [{ record: learner, field: 'DateOfBirth' }] : [])];
      ctx.report(aim, m.end, { related });
    }
  };
}

/**
 * A rule on how often a LearnerFAM type may occur: for each of the types with more than `max` records, reports the
 * first record past the limit, with the others of the type marked.
 */
export function famOccurrenceCheck(types: readonly string[], max: number): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const type of types) {
      const list = learnerFamsOf(learner, type);
      if (list.length <= max) continue;
      const over = list[max]!;
      ctx.report(over, 'LearnFAMType', { related: list.filter((f) => f !== over).map((record) => ({ record, field: 'LearnFAMType' })) });
    }
  };
}

/** The learner's first LearnerFAM of the type and code, if any. */
export function learnerFam(learner: IlrRecord, type: string, code: string): IlrRecord | undefined {
  return learnerFamsOf(learner, type).find((f) => sameCode(text(f, 'LearnFAMCode'), code));
}
