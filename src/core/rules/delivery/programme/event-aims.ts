import { date } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';

/**
 * For the Skills Bootcamp event aims (LearnAimRef_126, LearnAimRef_154), whose start, planned end and actual end must
 * be the same day: the date field that differs from the LearnStartDate (LearnPlanEndDate first), else undefined.
 * A LearnActEndDate not yet returned is not compared (the aim may not have been recorded as ended yet).
 */
export function eventDateMismatch(aim: IlrRecord): string | undefined {
  const start = date(aim, 'LearnStartDate');
  if (start === undefined) return undefined;
  const plan = date(aim, 'LearnPlanEndDate');
  if (plan !== undefined && plan !== start) return 'LearnPlanEndDate';
  const act = date(aim, 'LearnActEndDate');
  return act !== undefined && act !== start ? 'LearnActEndDate' : undefined;
}

export const EVENT_DATE_FIELDS = ['LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate'];
