import { DateOfBirth_14 } from './DateOfBirth_14';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2025-09-01';
const OLASS: [string, string][] = [['LDM', '034']];

describe('DateOfBirth_14: OLASS learners 18 or over at the start of learning', () => {
  it.each([
    ['FundModel 35, 18th birthday the day after the start', bornYearsBefore(START, 18, 1), 35, OLASS, 1],
    ['FundModel 81', bornYearsBefore(START, 18, 1), 81, OLASS, 1],
    ['LDM written 34', bornYearsBefore(START, 18, 1), 35, [['LDM', '34']], 1],
    ['18th birthday on the start date', bornYearsBefore(START, 18), 35, OLASS, 0],
    ['18th birthday the day before', bornYearsBefore(START, 18, -1), 35, OLASS, 0],
    ['not OLASS', bornYearsBefore(START, 18, 1), 35, [['LDM', '035']], 0],
    ['FundModel 36', bornYearsBefore(START, 18, 1), 36, OLASS, 0],
    ['no DateOfBirth', null, 35, OLASS, 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_14, { DateOfBirth: dob }, [aim({ FundModel: fm, LearnStartDate: START }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'DateOfBirth' });
  });
});
