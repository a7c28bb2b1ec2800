import { DateOfBirth_07 } from './DateOfBirth_07';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';
const SOF107: [string, string][] = [['SOF', '107']];

describe('DateOfBirth_07: 25 or over on 31 August, 16-19 funded aim, SOF 107', () => {
  it.each([
    ['FundModel 25, 25th birthday on 31 August', bornYearsBefore(AUG31, 25), 25, SOF107, 1],
    ['FundModel 82, 25th birthday on 30 August', bornYearsBefore(AUG31, 25, -1), 82, SOF107, 1],
    ['25th birthday on 1 September (24 on 31 August)', bornYearsBefore(AUG31, 25, 1), 25, SOF107, 0],
    ['SOF 105', bornYearsBefore(AUG31, 30), 25, [['SOF', '105']], 0],
    ['FundModel 35', bornYearsBefore(AUG31, 30), 35, SOF107, 0],
    ['no DateOfBirth', null, 25, SOF107, 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_07, { DateOfBirth: dob }, [aim({ FundModel: fm }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearningDeliveryFAM', field: 'LearnDelFAMCode', value: '107', aimSeqNumber: '1' });
  });
});
