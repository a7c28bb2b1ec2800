import { addMonths, daysBetween } from '../../model/dates';

/**
 * When a learner's destination is due, for ADV_DP_Overdue and the cell function ILR.DPDUE. The Provider Support
 * Manual ("Recording Learner Destination and Progression"): destination and progression data is required within two
 * months of the learning being completed. Pure date arithmetic on ISO dates (YYYY-MM-DD).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function requireDate(name: string, value: string): string {
  const v = value.trim();
  if (!isIsoDate(v)) throw new RangeError(`${name} must be a date written YYYY-MM-DD (got "${value}")`);
  return v;
}

/**
 * The date a destination is due: the learning actual end date plus `months` calendar months (default 2), the day
 * clamped to the month's end (31 December + 2 months = 28/29 February).
 */
export function destinationDueDate(learnActEndDate: string, months = 2): string {
  const end = requireDate('learnActEndDate', learnActEndDate);
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number of months, 0 or more (got ${months})`);
  return addMonths(end, months);
}

/** Whole days by which `asOf` is past the due date: 0 on or before the due date. */
export function overdueDays(due: string, asOf: string): number {
  return Math.max(0, daysBetween(requireDate('due', due), requireDate('asOf', asOf)));
}
