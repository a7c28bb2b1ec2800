import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import type { Finding, RuleDefinition } from '../types';

/** A plain continuing 2025-26 aim; each test case overrides what it is about (null removes a field). */
export const BASE_AIM: RecordSpec = {
  LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30',
  FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1,
};

/** Runs one delivery rule on one learner with one aim (`fields` over BASE_AIM), file prepared on `prepared`. */
export function aimFindings(rule: RuleDefinition, fields: RecordSpec, yearCode = '2526', prepared = '2026-07-31'): Finding[] {
  const aim: RecordSpec = { ...BASE_AIM };
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete aim[k];
    else aim[k] = v;
  }
  return findingsOf(rule, yearCode, { filePreparationDate: prepared, Learner: [{ LearnRefNumber: 'L0001', ULN: '1061484016', LearningDelivery: [aim] }] }, { asOf: prepared });
}
