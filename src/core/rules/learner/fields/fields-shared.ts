import { date, deliveries, int, kids, text } from '../../../model/access';
import { ageOn } from '../../../model/dates';
import type { IlrRecord } from '../../../model/record';
import { hasDeliveryFam, sameCode } from '../../derived/aims';
import { earliestStart } from '../../derived/earliest-start';
import type { RuleContext } from '../../types';

/** Shared predicates of the learner field rules (LLDD, GCSE grades, planned hours, postcodes, prior attainment). */

/** Whether the learner has a LearnerFAM of the type (with one of the codes, when given). */
export function hasLearnerFam(learner: IlrRecord, type: string, codes?: readonly string[]): boolean {
  for (const f of kids(learner, 'LearnerFAM')) {
    if (text(f, 'LearnFAMType')?.trim().toUpperCase() !== type) continue;
    if (!codes || codes.some((c) => sameCode(text(f, 'LearnFAMCode'), c))) return true;
  }
  return false;
}

/** The learner's LLDD and health problem records. */
export function llddRecords(learner: IlrRecord): IlrRecord[] {
  return kids(learner, 'LLDDandHealthProblem');
}

/** Whether the record is the primary LLDD and health problem (PrimaryLLDD = 1). */
export function isPrimaryLldd(rec: IlrRecord): boolean {
  return int(rec, 'PrimaryLLDD') === 1;
}

/** LLDDCat 98 (prefer not to say) and 99 (not provided): the specification says PrimaryLLDD is not returned with them. */
export function isUndeclaredCategory(rec: IlrRecord): boolean {
  const c = int(rec, 'LLDDCat');
  return c === 98 || c === 99;
}

/** Aged 25 or over at the start of learning: DD06 − DateOfBirth ≥ 25 years (false when either date is unknown). */
export function aged25AtStart(learner: IlrRecord, ctx: RuleContext): boolean {
  const dob = date(learner, 'DateOfBirth');
  const start = earliestStart(learner, ctx);
  return dob !== undefined && start !== undefined && ageOn(dob, start) >= 25;
}

/** Community learning funded: FundModel 10, or FundModel 99 with SOF 108. */
export function isCommunityLearning(aim: IlrRecord): boolean {
  const fm = int(aim, 'FundModel');
  return fm === 10 || (fm === 99 && hasDeliveryFam(aim, 'SOF', '108'));
}

/** A T Level programme: FundModel 25 and ProgType 31. */
export function isTLevel(aim: IlrRecord): boolean {
  return int(aim, 'FundModel') === 25 && int(aim, 'ProgType') === 31;
}

/** Whether every aim of the learner is closed (LearnActEndDate known). */
export function allAimsClosed(learner: IlrRecord): boolean {
  return deliveries(learner).every((a) => date(a, 'LearnActEndDate') !== undefined);
}

/** The first aim of the learner with one of the fund models, if any. */
export function aimWithFundModel(learner: IlrRecord, fundModels: readonly number[]): IlrRecord | undefined {
  return deliveries(learner).find((a) => fundModels.includes(int(a, 'FundModel') ?? -1));
}

/**
 * GCSE grades of grade D or below / 3 or below (EngGrade_03, MathGrade_03: "D, DD, DE, E, EE, EF, F, FF, FG, G, GG, N,
 * U, 3, 2 or 1"), compared exactly as written (ESFA's 2020-21 service does too).
 */
export const LOW_GCSE_GRADES: ReadonlySet<string> = new Set(['D', 'DD', 'DE', 'E', 'EE', 'EF', 'F', 'FF', 'FG', 'G', 'GG', 'N', 'U', '3', '2', '1']);

/**
 * A GCSE grade as the Learning Outcome Grade code list (Appendix Q) writes GCSE grades, upper case: a single grade
 * (A*, A to G, N, U, X, Y, or 9 to 1), a double award of two letter grades (A*A*, A*A, AB, …, FG, GG) or of two number
 * grades (9-9, …, 1-1). Appendix Q Annex 1 (its column F, the GCSE grades) is not shipped with the product; this is
 * the format its grades take.
 */
const GCSE_GRADE = /^(?:A\*|[A-GNUXY1-9]|(?:A\*|[A-G])(?:A\*|[A-G])|[1-9]-[1-9])$/;

/** Whether a grade is "NONE" (any case, as ESFA's service compares it). */
export function isNone(grade: string): boolean {
  return grade.trim().toUpperCase() === 'NONE';
}

/**
 * Whether a returned EngGrade/MathGrade is "NONE" or a GCSE grade (EngGrade_02, MathGrade_02), in any case: ESFA's
 * service looks grades up ignoring case (its tests accept "ab").
 */
export function isGcseGradeOrNone(grade: string): boolean {
  return isNone(grade) || GCSE_GRADE.test(grade.trim().toUpperCase());
}

/** The postcode format of Postcode_15 and PostcodePrior_02: the one format of every postcode rule. */
export { isPostcodeFormat } from '../../derived/postcode-format';
