import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import type { Finding, RuleDefinition } from '../types';

/**
 * Test helpers of the cross-record rules: one learner (`fields` with its child records) checked in a year, file prepared
 * on the year's 31 July unless told.
 */
export function learnerFindings(rule: RuleDefinition, learner: RecordSpec, yearCode = '2526', prepared?: string): Finding[] {
  const prep = prepared ?? `20${yearCode.slice(2)}-07-31`;
  return findingsOf(rule, yearCode, { filePreparationDate: prep, Learner: [{ LearnRefNumber: 'L0001', ULN: '1061484016', ...learner }] }, { asOf: prep });
}

/** A plain aim: the fields a case is about over a continuing 2025-26 classroom aim. */
export function aim(seq: number, fields: RecordSpec = {}): RecordSpec {
  return { AimSeqNumber: seq, LearnAimRef: '60146394', AimType: 4, FundModel: 35, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2026-06-30', CompStatus: 1, ...fields };
}

/** The related values of findings, as `field=value` strings, for checking that every other record is marked. */
export function relatedOf(f: Finding): string[] {
  return (f.related ?? []).map((r) => `${r.field ?? ''}=${r.value ?? ''}`);
}
