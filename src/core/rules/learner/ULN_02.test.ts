import { findingsOf } from '../testing';
import { aim, TEMP, ulnSpec, VALID_ULN } from '../../../../test/unit/rules-engine/uln-fixtures';
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
