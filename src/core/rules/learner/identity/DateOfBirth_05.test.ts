import { DateOfBirth_05 } from './DateOfBirth_05';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2025-09-01';

describe('DateOfBirth_05: aged 4 or over at the start of a community learning or non-funded aim', () => {
  it.each([
    ['FundModel 10, 4th birthday the day after the start', bornYearsBefore(START, 4, 1), 10, 1],
    ['FundModel 99, 4th birthday the day after the start', bornYearsBefore(START, 4, 1), 99, 1],
    ['4th birthday on the start date', bornYearsBefore(START, 4), 10, 0],
    ['4th birthday the day before the start', bornYearsBefore(START, 4, -1), 10, 0],
    ['FundModel 35', bornYearsBefore(START, 4, 1), 35, 0],
    ['no DateOfBirth', null, 10, 0],
  ])('%s', (_n, dob, fm, n) => {
    const f = learnerFindings(DateOfBirth_05, { DateOfBirth: dob }, [aim({ FundModel: fm, LearnStartDate: START })]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'DateOfBirth', aimSeqNumber: '1' });
  });
});
