import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import type { Finding, RuleDefinition } from '../types';

/** A plain continuing 2025-26 aim; each test case overrides what it is about (null removes a field). */
export const BASE_AIM: RecordSpec = {
  LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30',
  FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1,
};

/** A plain continuing 2020-21 aim, for the 2020-21 rows of the tables. */
export const BASE_AIM_2021: RecordSpec = { ...BASE_AIM, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };

/**
 * The learning aim of ESFA's 2020-21 unit tests (their TestLearningDelivery), for the cases built from them: what a
 * case leaves unset is 0 for the whole-number fields ESFA's model always has (AimType, FundModel, CompStatus) and absent
 * for the optional ones (ProgType, Outcome, AchDate, LearnAimRef, …). ESFA's unset dates (DateTime.MinValue) become a
 * 2020-21 start (1 September 2020) and planned end (30 June 2021).
 */
export const ESFA_AIM: RecordSpec = { AimSeqNumber: 1, AimType: 0, FundModel: 0, CompStatus: 0, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };

/** Runs one delivery rule on one learner with one aim (`fields` over `base`), file prepared on `prepared`. */
export function aimFindings(rule: RuleDefinition, fields: RecordSpec, yearCode = '2526', prepared = '2026-07-31', base: RecordSpec = BASE_AIM): Finding[] {
  const aim: RecordSpec = { ...base };
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete aim[k];
    else aim[k] = v;
  }
  return findingsOf(rule, yearCode, { filePreparationDate: prepared, Learner: [{ LearnRefNumber: 'L0001', ULN: '1061484016', LearningDelivery: [aim] }] }, { asOf: prepared });
}

/** Runs one delivery rule, as it is in 2020-21, on one aim of a case from ESFA's 2020-21 unit tests (`fields` over ESFA_AIM). */
export function esfaFindings(rule: RuleDefinition, fields: RecordSpec, prepared = '2021-07-31'): Finding[] {
  return aimFindings(rule, fields, '2021', prepared, ESFA_AIM);
}

/** Runs one delivery rule in a year on one aim (`fields` over the year's plain aim), file prepared on the year's last day. */
export function yearFindings(rule: RuleDefinition, yearCode: string, fields: RecordSpec): Finding[] {
  return aimFindings(rule, fields, yearCode, `20${yearCode.slice(2)}-07-31`, yearCode === '2021' ? BASE_AIM_2021 : BASE_AIM);
}
