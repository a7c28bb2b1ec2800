import { date, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';
import { hasDeliveryFam } from './aims';
import { learnerDerived } from './define';

/**
 * The learner's employment statuses and the official derived data built on "the learner's employment status on the
 * learning aim's start date" (DD12, DD21, DD28, DD37, DD38). As ESFA's service reads it, the status on a date is the
 * LearnerEmploymentStatus with the latest DateEmpStatApp on or before that date.
 */

/** The learner's LearnerEmploymentStatus records that have a date, by DateEmpStatApp ascending (computed once per learner). */
export const EMPLOYMENT_BY_DATE = learnerDerived('employment statuses by date', (learner): readonly { on: string; record: IlrRecord }[] => {
  const dated: { on: string; record: IlrRecord }[] = [];
  for (const r of kids(learner, 'LearnerEmploymentStatus')) {
    const on = date(r, 'DateEmpStatApp');
    if (on !== undefined) dated.push({ on, record: r });
  }
  return dated.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
});

/** The learner's employment status on a date: the latest LearnerEmploymentStatus dated on or before it. */
export function employmentOn(learner: IlrRecord, on: string | undefined, ctx: RuleContext): IlrRecord | undefined {
  if (on === undefined) return undefined;
  const all = ctx.get(EMPLOYMENT_BY_DATE, learner);
  let found: IlrRecord | undefined;
  for (const e of all) {
    if (e.on > on) break;
    found = e.record;
  }
  return found;
}

/** The employment status in force on the aim's LearnStartDate. */
export function employmentAtStart(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): IlrRecord | undefined {
  return employmentOn(learner, date(aim, 'LearnStartDate'), ctx);
}

/** Whether an employment status record has an EmploymentStatusMonitoring of the type with one of the codes. */
export function hasEsm(status: IlrRecord | undefined, type: string, codes: readonly number[]): boolean {
  if (!status) return false;
  for (const m of kids(status, 'EmploymentStatusMonitoring')) {
    if (text(m, 'ESMType')?.trim().toUpperCase() !== type) continue;
    const c = int(m, 'ESMCode');
    if (c !== undefined && codes.includes(c)) return true;
  }
  return false;
}

function empStatIn(status: IlrRecord | undefined, stats: readonly number[]): boolean {
  const s = int(status, 'EmpStat');
  return s !== undefined && stats.includes(s);
}

const isAdultSkills = (aim: IlrRecord): boolean => int(aim, 'FundModel') === 35;

/** DD12: adult skills aim (FundModel 35) of a learner on BSI 1 or 2 at the aim's start, or BSI 4 with LDM 318 on the aim. */
export function dd12(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean {
  if (!isAdultSkills(aim)) return false;
  const e = employmentAtStart(learner, aim, ctx);
  return hasEsm(e, 'BSI', [1, 2]) || (hasEsm(e, 'BSI', [4]) && hasDeliveryFam(aim, 'LDM', '318'));
}

/**
 * DD21: adult skills aim of a learner not employed (EmpStat 11 or 12) at the aim's start and on another state benefit
 * (BSI 3), or on Universal Credit (BSI 4) and not mandated to skills training (no LDM 318 on the aim).
 * ESFA's service reads "LearnDelFAMType = LDM and LearnDelFAMCode <> 318" as "not LDM 318" (an aim without LDM counts).
 */
export function dd21(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean {
  if (!isAdultSkills(aim)) return false;
  const e = employmentAtStart(learner, aim, ctx);
  if (!empStatIn(e, [11, 12])) return false;
  return hasEsm(e, 'BSI', [3]) || (hasEsm(e, 'BSI', [4]) && !hasDeliveryFam(aim, 'LDM', '318'));
}

/**
 * DD37 (2025-26's DD21): as DD21 with BSI 6 (other state benefits) in place of BSI 3, following the BSI list of
 * 2020-21 on (BSI 3 ended 31 July 2020).
 */
export function dd37(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean {
  if (!isAdultSkills(aim)) return false;
  const e = employmentAtStart(learner, aim, ctx);
  if (!empStatIn(e, [11, 12])) return false;
  return hasEsm(e, 'BSI', [6]) || (hasEsm(e, 'BSI', [4]) && !hasDeliveryFam(aim, 'LDM', '318'));
}

function unemployedWithBenefits(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext, first: readonly number[], second: readonly number[]): boolean {
  if (!isAdultSkills(aim)) return false;
  const e = employmentAtStart(learner, aim, ctx);
  if (!e) return false;
  if (empStatIn(e, [10, 11, 12, 98]) && hasEsm(e, 'BSI', first)) return true;
  if (empStatIn(e, [11, 12]) && hasEsm(e, 'BSI', second)) return true;
  return empStatIn(e, [10]) && hasEsm(e, 'EII', [2, 5, 6]) && hasEsm(e, 'BSI', second);
}

/** DD28: adult skills aim of a learner with EmpStat 10/11/12/98 and BSI 1 or 2, or unemployed (11/12) with BSI 3 or 4, or employed (10) few hours (EII 2/5/6) with BSI 3 or 4, at the aim's start. */
export function dd28(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean {
  return unemployedWithBenefits(learner, aim, ctx, [1, 2], [3, 4]);
}

/** DD38 (2025-26's DD28 on the current BSI codes): BSI 1 for EmpStat 10/11/12/98; BSI 4, 5 or 6 for 11/12, or for 10 with EII 2/5/6. */
export function dd38(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean {
  return unemployedWithBenefits(learner, aim, ctx, [1], [4, 5, 6]);
}
