import type { RecordSpec } from '../../../model/build';
import type { Finding, RuleDefinition } from '../../types';
import { aimFindings } from '../delivery-testing';

/** A LearningDeliveryFAM with optional dates (from, to). */
export function fam(type: string, code: string | number, from?: string, to?: string): RecordSpec {
  return { LearnDelFAMType: type, LearnDelFAMCode: code, ...(from ? { LearnDelFAMDateFrom: from } : {}), ...(to ? { LearnDelFAMDateTo: to } : {}) };
}

/** Runs a rule on one aim (fields over the plain aim, started 2025-09-01, planned to end 2026-06-30) with the FAMs. */
export function famFindings(rule: RuleDefinition, fields: RecordSpec, fams: RecordSpec[], yearCode = '2526'): Finding[] {
  const base = yearCode === '2021' ? { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' } : {};
  return aimFindings(rule, { ...base, ...fields, LearningDeliveryFAM: fams }, yearCode, `20${yearCode.slice(2)}-07-31`);
}
