import { FamilyName_04 } from './FamilyName_04';
import { aim, learnerFindings } from './identity-testing';

const cl10 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 10 });
const cl99 = (seq = 1) => aim({ AimSeqNumber: seq, FundModel: 99 }, [['SOF', '108']]);
const ULN = '1061484016';

describe('FamilyName_04: community learning, 10 planned hours or less, a real ULN: the FamilyName is needed', () => {
  it.each([
    ['missing, FundModel 10, 10 hours', null, 10, ULN, [cl10()], 1],
    ['0 hours', null, 0, ULN, [cl10()], 1],
    ['FundModel 10 and FundModel 99 SOF 108', null, 5, ULN, [cl10(), cl99(2)], 1],
    ['11 hours (FamilyName_02\'s)', null, 11, ULN, [cl10()], 0],
    ['no PlanLearnHours', null, null, ULN, [cl10()], 0],
    ['temporary ULN', null, 10, '9999999999', [cl10()], 0],
    ['returned', 'Name', 10, ULN, [cl10()], 0],
    ['not all community learning', null, 10, ULN, [cl10(), aim({ AimSeqNumber: 2 })], 0],
  ])('%s', (_n, name, hours, uln, aims, n) => {
    const f = learnerFindings(FamilyName_04, { FamilyName: name, PlanLearnHours: hours, ULN: uln }, aims);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'FamilyName' });
  });

  it('2020-21 the same', () => {
    expect(learnerFindings(FamilyName_04, { FamilyName: null, PlanLearnHours: 10 }, [aim({ FundModel: 10 }, [], '2021')], { year: '2021' })).toHaveLength(1);
  });
});
