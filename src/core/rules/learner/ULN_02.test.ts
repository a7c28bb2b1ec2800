import { findingsOf } from '../testing';
import { aim, aim21, TEMP, type UlnCase, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
import { ULN_02 } from './ULN_02';

describe('ULN_02: temporary ULN on non-funded / community learning / Tailored Learning aims', () => {
  it.each([
    ['FundModel 99', TEMP, [aim({ FundModel: 99 })], 1],
    ['FundModel 10', TEMP, [aim({ FundModel: 10 })], 1],
    ['FundModel 11', TEMP, [aim({ FundModel: 11 })], 1],
    ['FundModel 35 is not in scope', TEMP, [aim({ FundModel: 35 })], 0],
    ['a real ULN', VALID_ULN, [aim({ FundModel: 99 })], 0],
    ['OfS funded (SOF 1) is excluded', TEMP, [aim({ FundModel: 99 }, [['SOF', '1']])], 0],
    ['SOF 105 is not the exclusion', TEMP, [aim({ FundModel: 99 }, [['SOF', '105']])], 1],
    ['two qualifying aims: one finding for the learner', TEMP, [aim({ FundModel: 99 }), aim({ FundModel: 10, AimSeqNumber: 2 })], 1],
  ])('%s', (_name, uln, aims, expected) => {
    const f = findingsOf(ULN_02, '2526', ulnSpec(uln, aims));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'ULN_02', severity: 'warning', field: 'ULN', value: TEMP, learnRefNumber: 'L0001', aimSeqNumber: '1' });
  });

  it('applies in 2020-21 too (ESFA: FundModel 99 and 10)', () => {
    expect(findingsOf(ULN_02, '2021', ulnSpec(TEMP, [aim({ FundModel: 10, LearnStartDate: '2020-09-01' })], '2020-10-01'))).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const FPD = '2020-10-01';
  it.each<UlnCase>([
    ['LearningDeliveryFAMConditionMet_False: FundModel 10 with SOF 1', TEMP, [aim21({ FundModel: 10 }, [['SOF', '1']])], FPD, 0],
    ['LearningDeliveryFAMConditionMet_True: FundModel 10 with ACT 1', TEMP, [aim21({ FundModel: 10 }, [['ACT', '1']])], FPD, 1],
    ['ULNConditionMet_False_FundModel: FundModel 35', TEMP, [aim21({ FundModel: 35 })], FPD, 0],
    ['ULNConditionMet_False_ULN: ULN 123456789', '123456789', [aim21({ FundModel: 10 })], FPD, 0],
    ['ULNConditionMet_True: FundModel 10', TEMP, [aim21({ FundModel: 10 })], FPD, 1],
    ['ConditionMet_False: FundModel 35, SOF 1', TEMP, [aim21({ FundModel: 35 }, [['SOF', '1']])], FPD, 0],
    ['ConditionMet_False: ULN 123456789, SOF 1', '123456789', [aim21({ FundModel: 10 }, [['SOF', '1']])], FPD, 0],
    ['ConditionMet_True: FundModel 10, ACT 1', TEMP, [aim21({ FundModel: 10 }, [['ACT', '1']])], FPD, 1],
    ['Validate_NoErrors: FundModel 10, SOF 1', TEMP, [aim21({ FundModel: 10 }, [['SOF', '1']])], FPD, 0],
    ['Validate_Error: FundModel 10, ACT 1', TEMP, [aim21({ FundModel: 10 }, [['ACT', '1']])], FPD, 1],
  ])('%s', (_n, uln, aims, fpd, expected) => {
    expect(findingsOf(ULN_02, '2021', ulnSpec(uln, aims, fpd))).toHaveLength(expected);
  });
});

describe('the years differ: FundModel 11', () => {
  it.each([
    ['2526', '2025-10-01', 1],
    ['2021', '2020-10-01', 0], // ESFA's 2020-21 service: FundModel 99 and 10 only
  ] as const)('%s', (year, fpd, expected) => {
    const start = year === '2526' ? {} : { LearnStartDate: '2020-09-01', LearnPlanEndDate: '2021-06-30' };
    expect(findingsOf(ULN_02, year, ulnSpec(TEMP, [aim({ FundModel: 11, ...start })], fpd))).toHaveLength(expected);
  });
});
