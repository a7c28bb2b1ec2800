import { DateOfBirth_12 } from './DateOfBirth_12';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const START = '2025-09-01';

describe('DateOfBirth_12: under 19 at the start of a community learning aim with ASL 1 (PCDL) or 2 (NLDC)', () => {
  it.each([
    ['ASL 1, 19th birthday the day after the start', bornYearsBefore(START, 19, 1), 10, [['ASL', '1']], 1],
    ['ASL 2', bornYearsBefore(START, 19, 1), 10, [['ASL', '2']], 1],
    ['ASL 3', bornYearsBefore(START, 19, 1), 10, [['ASL', '3']], 0],
    ['19th birthday on the start date', bornYearsBefore(START, 19), 10, [['ASL', '1']], 0],
    ['19th birthday the day before', bornYearsBefore(START, 19, -1), 10, [['ASL', '1']], 0],
    ['FundModel 99', bornYearsBefore(START, 19, 1), 99, [['ASL', '1']], 0],
    ['no DateOfBirth', null, 10, [['ASL', '1']], 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_12, { DateOfBirth: dob }, [aim({ FundModel: fm, LearnStartDate: START }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', aimSeqNumber: '1' });
  });
});
