import { kids, text } from '../../../model/access';
import { addMonths, daysBetween } from '../../../model/dates';
import type { IlrRecord } from '../../../model/record';

/** Helpers of the programme rules (FundModel, ProgType, AimType, LearnAimRef, dates and hours). */

/** The LearningDeliveryFAM fields, for rules that read an aim's FAMs. */
export const FAM_FIELDS = ['LearnDelFAMType', 'LearnDelFAMCode'];

/** Whether the aim has a LearningDeliveryFAM of the type (any code), e.g. the restart indicator RES. */
export function hasFamType(aim: IlrRecord, type: string): boolean {
  return kids(aim, 'LearningDeliveryFAM').some((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === type);
}

/** Restarts (LearningDeliveryFAM RES), excluded from several rules. */
export function isRestart(aim: IlrRecord): boolean {
  return hasFamType(aim, 'RES');
}

/** The aim's LearnAimRef, trimmed and upper-cased (references are compared case-insensitively, as ESFA's service did). */
export function aimRef(aim: IlrRecord): string | undefined {
  return text(aim, 'LearnAimRef')?.trim().toUpperCase();
}

/** Whether the aim's LearnAimRef is one of `refs` (upper case). */
export function refIn(aim: IlrRecord, refs: readonly string[]): boolean {
  const r = aimRef(aim);
  return r !== undefined && refs.includes(r);
}

/** Whether the aim's LearnAimRef starts with a class-code prefix (ZTPR, ZTLOS). */
export function refStarts(aim: IlrRecord, prefix: string): boolean {
  return aimRef(aim)?.startsWith(prefix) ?? false;
}

/** A date a number of whole years earlier or later (29 February falls to 28 February, as .NET's AddYears). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, 12 * years);
}

/** Days of planned learning, LearnPlanEndDate − LearnStartDate + 1 (the AddHours rules' divisor). */
export function plannedDays(start: string, planEnd: string): number {
  return daysBetween(start, planEnd) + 1;
}
