import { DateOfBirth_26 } from './DateOfBirth_26';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2025-09-01';
const ADL: [string, string][] = [['ADL', '1']];

describe('DateOfBirth_26: 19 or over at the start of an Advanced Learner Loan aim', () => {
  it.each([
    ['19th birthday the day after the start', bornYearsBefore(START, 19, 1), 99, ADL, 1],
    ['19th birthday on the start date', bornYearsBefore(START, 19), 99, ADL, 0],
    ['19th birthday the day before', bornYearsBefore(START, 19, -1), 99, ADL, 0],
    ['no ADL', bornYearsBefore(START, 18), 99, [], 0],
    ['FundModel 35 with ADL', bornYearsBefore(START, 18), 35, ADL, 0],
    ['no DateOfBirth', null, 99, ADL, 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_26, { DateOfBirth: dob }, [aim({ FundModel: fm, LearnStartDate: START }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth' });
  });
});
