import { date, int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { plannedDays } from './programme-shared';

/**
 * The AddHours and the average AddHours per planned day, AddHours / (LearnPlanEndDate − LearnStartDate + 1), as the
 * AddHours_04/05/06 texts and ESFA's 2020-21 service compute it; undefined without AddHours or either date, or when the
 * planned end is before the start (no average to take; LearnPlanEndDate_02 reports that).
 */
export function addHoursPerDay(aim: IlrRecord): { hours: number; perDay: number } | undefined {
  const hours = int(aim, 'AddHours');
  const start = date(aim, 'LearnStartDate');
  const end = date(aim, 'LearnPlanEndDate');
  if (hours === undefined || start === undefined || end === undefined) return undefined;
  const days = plannedDays(start, end);
  return days > 0 ? { hours, perDay: hours / days } : undefined;
}

export const ADD_HOURS_FIELDS = ['AddHours', 'LearnStartDate', 'LearnPlanEndDate'];
