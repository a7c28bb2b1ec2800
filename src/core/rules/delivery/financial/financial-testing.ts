import type { RecordSpec } from '../../../model/build';
import type { Finding, RuleDefinition } from '../../types';
import { aimFindings } from '../delivery-testing';

/** An apprenticeship financial record (AppFinRecord) for the test tables. */
export function fin(type: string, code: number, on: string, amount = 1000): RecordSpec {
  return { AFinType: type, AFinCode: code, AFinDate: on, AFinAmount: amount };
}

/** An apprenticeship standard programme aim (FundModel 36, ProgType 25, AimType 1) started 1 September 2025. */
export const STANDARD: RecordSpec = { LearnAimRef: 'ZPROG001', AimType: 1, FundModel: 36, ProgType: 25, StdCode: 123, LearnStartDate: '2025-09-01', LearnPlanEndDate: '2027-08-31' };

/** A 2020-21 apprenticeship standard programme aim started 1 September 2020. */
export const STANDARD_2021: RecordSpec = { ...STANDARD, LearnStartDate: '2020-09-01', LearnPlanEndDate: '2022-08-31' };

/** Runs a rule on one aim (fields over the plain aim) with its financial records. */
export function finFindings(rule: RuleDefinition, fields: RecordSpec, records: RecordSpec[] = [], yearCode = '2526', prepared?: string): Finding[] {
  const spec = records.length ? { ...fields, AppFinRecord: records } : fields;
  const p = prepared ?? `20${yearCode.slice(2)}-07-31`;
  return aimFindings(rule, spec, yearCode, p);
}
