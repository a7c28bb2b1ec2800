import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_63 } from './R_63';

const sof = (code: string) => ({ LearningDeliveryFAM: [{ LearnDelFAMType: 'SOF', LearnDelFAMCode: code }] });

describe('R_63: a 16-19 funded learner needs a core aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['16-19 aim without a core aim', [aim(1, { FundModel: 25, AimType: 4 })], 1],
    ['16-19 aims with a core aim', [aim(1, { FundModel: 25, AimType: 5 }), aim(2, { FundModel: 25, AimType: 4 })], 0],
    ['no 16-19 aim', [aim(1, { FundModel: 35, AimType: 4 })], 0],
    ['SOF 105 aim excluded', [aim(1, { FundModel: 25, AimType: 4, ...sof('105') })], 0],
    ['SOF 107 aim not excluded', [aim(1, { FundModel: 25, AimType: 4, ...sof('107') })], 1],
    ['one aim excluded, another not', [aim(1, { FundModel: 25, AimType: 4, ...sof('105') }), aim(2, { FundModel: 25, AimType: 4 })], 1],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_63, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_63', field: 'AimType', value: '4' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const ld = (fields: RecordSpec) => aim(1, { LearnStartDate: '2020-09-01', ...fields });
  it.each<[string, RecordSpec[], number]>([
    ['Validate_Error: FundModel 25, AimType 4', [ld({ FundModel: 25, AimType: 4 })], 1],
    ['Validate_NoError: FundModel 25, AimType 5', [ld({ FundModel: 25, AimType: 5 })], 0],
    ['Validate_NoError_NoFundModel25: FundModel 10 core aim, FundModel 70 aim', [ld({ FundModel: 10, AimType: 5 }), aim(2, { LearnStartDate: '2020-09-01', FundModel: 70, AimType: 4 })], 0],
    ['SOF 105 is not excluded in 2020-21', [ld({ FundModel: 25, AimType: 4, ...sof('105') })], 1],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_63, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
