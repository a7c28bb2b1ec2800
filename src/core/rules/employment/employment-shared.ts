import { date, deliveries, int, kids, text } from '../../model/access';
import { ageOn } from '../../model/dates';
import type { IlrRecord } from '../../model/record';
import { hasDeliveryFam } from '../derived/aims';
import { EMPLOYMENT_BY_DATE } from '../derived/employment';
import { isApprenticeship } from '../derived/programme';
import type { LearnerRule, RuleContext } from '../types';

/** Shared reading of the employment status rules: statuses, their monitorings, the age test, "a status before the start". */

/** The learner's LearnerEmploymentStatus records, in file order. */
export const statuses = (learner: IlrRecord): IlrRecord[] => kids(learner, 'LearnerEmploymentStatus');

/** A status record's EmploymentStatusMonitoring records. */
export const monitorings = (status: IlrRecord): IlrRecord[] => kids(status, 'EmploymentStatusMonitoring');

/** A monitoring's type, trimmed and upper-cased (undefined when blank). */
export const esmType = (m: IlrRecord): string | undefined => text(m, 'ESMType')?.trim().toUpperCase();

/** The status's monitorings of a type. */
export function monitoringsOfType(status: IlrRecord, type: string): IlrRecord[] {
  return monitorings(status).filter((m) => esmType(m) === type);
}

/** The status's monitorings of a type with one of the codes. */
export function monitoringsWith(status: IlrRecord, type: string, codes: readonly number[]): IlrRecord[] {
  return monitoringsOfType(status, type).filter((m) => {
    const c = int(m, 'ESMCode');
    return c !== undefined && codes.includes(c);
  });
}

/** Whether the status's EmpStat is one of the codes (a blank EmpStat is none). */
export function empStatIs(status: IlrRecord | undefined, codes: readonly number[]): boolean {
  const s = int(status, 'EmpStat');
  return s !== undefined && codes.includes(s);
}

/** 31 August of the teaching year (1 August – 31 July) a date falls in. */
export function august31OfTeachingYear(on: string): string {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  return `${m >= 8 ? y : y - 1}-08-31`;
}

/** Whether the learner is 19 or over on 31 August of the teaching year the date falls in (false without a DateOfBirth). */
export function nineteenOnAugust31(learner: IlrRecord, start: string): boolean {
  const dob = date(learner, 'DateOfBirth');
  return dob !== undefined && ageOn(dob, august31OfTeachingYear(start)) >= 19;
}

/**
 * Whether the learner has an employment status dated before the date (`onOrBefore`: on or before it). Reads the
 * learner's statuses sorted once (EMPLOYMENT_BY_DATE), so the earliest decides.
 */
export function hasStatusBefore(learner: IlrRecord, on: string, ctx: RuleContext, onOrBefore = false): boolean {
  const first = ctx.get(EMPLOYMENT_BY_DATE, learner)[0];
  if (!first) return false;
  return onOrBefore ? first.on <= on : first.on < on;
}

/** An apprenticeship (DD07) programme aim (AimType 1). */
export function isApprenticeshipProgramme(aim: IlrRecord, ctx: RuleContext): boolean {
  return int(aim, 'AimType') === 1 && isApprenticeship(aim, ctx.year);
}

/** Community learning: a non-funded aim (FundModel 99) with SOF 108. */
export function isCommunityLearning(aim: IlrRecord): boolean {
  return int(aim, 'FundModel') === 99 && hasDeliveryFam(aim, 'SOF', '108');
}

/** Whether any aim of the learner has one of the funding models. */
export function anyAimFunded(learner: IlrRecord, fundModels: readonly number[]): boolean {
  return deliveries(learner).some((a) => fundModels.includes(int(a, 'FundModel') ?? -1));
}

/**
 * A check that reports each aim `fires` picks at its LearnStartDate: the "an employment status must apply before the
 * start" rules (the fix is a status record dated before the start).
 */
export function aimStartCheck(fires: (learner: IlrRecord, aim: IlrRecord, start: string, ctx: RuleContext) => boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start !== undefined && fires(learner, aim, start, ctx)) ctx.report(aim, 'LearnStartDate');
    }
  };
}

/** A check that reports each employment status `fires` picks, at the field it returns. */
export function statusCheck(fires: (status: IlrRecord, learner: IlrRecord, ctx: RuleContext) => string | undefined): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const s of statuses(learner)) {
      const field = fires(s, learner, ctx);
      if (field !== undefined) ctx.report(s, field);
    }
  };
}
