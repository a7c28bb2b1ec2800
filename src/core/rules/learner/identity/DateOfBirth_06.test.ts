import { DateOfBirth_06 } from './DateOfBirth_06';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';

describe('DateOfBirth_06: aged 13 or over on 31 August for 16-19 funded aims', () => {
  it.each([
    ['FundModel 25, 13th birthday on 1 September', bornYearsBefore(AUG31, 13, 1), 25, 1],
    ['FundModel 82, 13th birthday on 1 September', bornYearsBefore(AUG31, 13, 1), 82, 1],
    ['13th birthday on 31 August', bornYearsBefore(AUG31, 13), 25, 0],
    ['13th birthday on 30 August', bornYearsBefore(AUG31, 13, -1), 25, 0],
    ['FundModel 35', bornYearsBefore(AUG31, 13, 1), 35, 0],
    ['no DateOfBirth', null, 25, 0],
  ])('%s', (_n, dob, fm, n) => {
    const f = learnerFindings(DateOfBirth_06, { DateOfBirth: dob }, [aim({ FundModel: fm })]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'DateOfBirth' });
  });

  it('2020-21: against 31 August 2020', () => {
    expect(learnerFindings(DateOfBirth_06, { DateOfBirth: '2007-09-01' }, [aim({ FundModel: 25 }, [], '2021')], { year: '2021' })).toHaveLength(1);
    expect(learnerFindings(DateOfBirth_06, { DateOfBirth: '2007-08-31' }, [aim({ FundModel: 25 }, [], '2021')], { year: '2021' })).toHaveLength(0);
  });
});
