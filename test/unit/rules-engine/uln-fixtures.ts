import type { MessageSpec, RecordSpec } from '../../../src/core/model/build';
import { learnerWith } from '../../../src/core/rules/testing';

export const TEMP = '9999999999';
export const VALID_ULN = '1061484938';

/** A learning aim (synthetic), with LearningDeliveryFAMs given as [type, code] pairs. */
export function aim(fields: RecordSpec, fams: [string, string][] = []): RecordSpec {
  return {
    LearnAimRef: 'ZPROG001',
    AimType: 1,
    AimSeqNumber: 1,
    LearnStartDate: '2025-09-01',
    LearnPlanEndDate: '2026-06-30',
    FundModel: 35,
    DelLocPostCode: 'ZZ99 9ZZ',
    CompStatus: 1,
    ...fields,
    LearningDeliveryFAM: fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c })),
  };
}

/** One learner "Test Learner" with the ULN and aims, in a file prepared on `filePreparationDate`. */
export function ulnSpec(uln: string, aims: RecordSpec[], filePreparationDate = '2026-02-01'): MessageSpec {
  return { filePreparationDate, ...learnerWith({ ULN: uln, FamilyName: 'Learner', GivenNames: 'Test' }, aims) };
}

/** A 2020-21 learning aim (synthetic): starts 1 Sep 2020, planned to end 30 Jun 2021, with overrides. */
export function aim21(fields: RecordSpec, fams: [string, string][] = []): RecordSpec {
  return aim({ LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30', ...fields }, fams);
}

/** One row of an ESFA-derived 2020-21 case table: the ESFA test it comes from, ULN, aims, file preparation date, findings. */
export type UlnCase = [esfaTest: string, uln: string, aims: RecordSpec[], filePreparationDate: string, findings: number];
