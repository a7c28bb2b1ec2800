import type { RecordSpec } from '../../../model/build';
import { findingsOf } from '../../testing';
import type { Finding, RuleDefinition } from '../../types';

/** Test helpers of the learner field rules. */

/** A plain 2025-26 aim (AimSeqNumber n), with fields over it and LearningDeliveryFAMs as [type, code] pairs. */
export function aim(fields: RecordSpec = {}, fams: [string, string][] = []): RecordSpec {
  return {
    LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', FundModel: 35,
    ...fields,
    LearningDeliveryFAM: fams.map(([LearnDelFAMType, LearnDelFAMCode]) => ({ LearnDelFAMType, LearnDelFAMCode })),
  };
}

/** A plain 2020-21 aim. */
export function aim21(fields: RecordSpec = {}, fams: [string, string][] = []): RecordSpec {
  return aim({ LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30', ...fields }, fams);
}

/** LearnerFAMs as [type, code] pairs. */
export function learnerFams(...fams: [string, string][]): RecordSpec[] {
  return fams.map(([LearnFAMType, LearnFAMCode]) => ({ LearnFAMType, LearnFAMCode }));
}

/** Runs a rule as it is in the year on one learner (fields, aims), file prepared on `prepared`. */
export function learnerFindings(rule: RuleDefinition, yearCode: string, fields: RecordSpec, aims: RecordSpec[] = [yearCode === '2021' ? aim21() : aim()], prepared?: string): Finding[] {
  const fpd = prepared ?? `20${yearCode.slice(2)}-07-31`;
  return findingsOf(rule, yearCode, { filePreparationDate: fpd, Learner: [{ LearnRefNumber: 'L0001', ...fields, LearningDelivery: aims }] }, { asOf: fpd });
}
