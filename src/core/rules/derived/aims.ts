import { date, deliveries, int, kids, text } from '../../model/access';
import { daysBetween } from '../../model/dates';
import type { IlrRecord } from '../../model/record';

/** Whether two FAM codes are the same code: "034" = "34" (a code typed as a number loses its leading zero). */
export function sameCode(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  if (a === b) return true;
  const x = a.trim();
  if (x === b) return true;
  return /^\d+$/.test(x) && /^\d+$/.test(b) && Number(x) === Number(b);
}

/** Whether the aim has a LearningDeliveryFAM of the type with the code, e.g. hasDeliveryFam(aim, 'LDM', '034'). */
export function hasDeliveryFam(aim: IlrRecord, type: string, code: string): boolean {
  for (const f of kids(aim, 'LearningDeliveryFAM')) {
    const t = text(f, 'LearnDelFAMType');
    if (t === undefined || (t !== type && t.trim().toUpperCase() !== type)) continue;
    if (sameCode(text(f, 'LearnDelFAMCode'), code)) return true;
  }
  return false;
}

/** Whether any aim of the learner has that FAM. */
export function learnerHasDeliveryFam(learner: IlrRecord, type: string, code: string): boolean {
  return deliveries(learner).some((a) => hasDeliveryFam(a, type, code));
}

export function fundModel(aim: IlrRecord): number | undefined {
  return int(aim, 'FundModel');
}

/** Planned (LearnPlanEndDate − LearnStartDate) or actual (LearnActEndDate − LearnStartDate) duration of at least `days`. */
export function plannedOrActualAtLeast(aim: IlrRecord, days: number): boolean {
  const start = date(aim, 'LearnStartDate');
  if (start === undefined) return false;
  const plan = date(aim, 'LearnPlanEndDate');
  const act = date(aim, 'LearnActEndDate');
  return (plan !== undefined && daysBetween(start, plan) >= days) || (act !== undefined && daysBetween(start, act) >= days);
}

/** Days from the aim's start to a date, or undefined when the start date is missing or not a date. */
export function daysSinceStart(aim: IlrRecord, on: string): number | undefined {
  const start = date(aim, 'LearnStartDate');
  return start === undefined ? undefined : daysBetween(start, on);
}
