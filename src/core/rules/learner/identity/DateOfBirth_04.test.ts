import { DateOfBirth_04 } from './DateOfBirth_04';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

describe('DateOfBirth_04: less than 115 years old on 1 August of the teaching year', () => {
  it.each([
    ['115th birthday on 1 August 2025', bornYearsBefore('2025-08-01', 115), 1],
    ['115th birthday the day before', bornYearsBefore('2025-08-01', 115, -1), 1],
    ['115th birthday the day after (114 on 1 August)', bornYearsBefore('2025-08-01', 115, 1), 0],
    ['120 years old', '1900-01-01', 1],
    ['no DateOfBirth', null, 0],
  ])('%s', (_n, dob, n) => {
    const f = learnerFindings(DateOfBirth_04, { DateOfBirth: dob }, [aim()]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth' });
  });

  it('2020-21: against 1 August 2020', () => {
    expect(learnerFindings(DateOfBirth_04, { DateOfBirth: '1905-08-01' }, [aim({}, [], '2021')], { year: '2021' })).toHaveLength(1);
    expect(learnerFindings(DateOfBirth_04, { DateOfBirth: '1905-08-02' }, [aim({}, [], '2021')], { year: '2021' })).toHaveLength(0);
  });
});
