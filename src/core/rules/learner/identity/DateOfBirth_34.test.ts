import { DateOfBirth_34 } from './DateOfBirth_34';
import { aim, bornYearsBefore, type Fams, learnerFindings } from './identity-testing';

const AUG31 = '2025-08-31';
const age20 = bornYearsBefore(AUG31, 20);
const HNS: Fams = [['HNS', 1]];

describe('DateOfBirth_34: a 19-24 year old 16-19 funded High Needs Student must have an EHC plan', () => {
  it.each([
    ['aged 20, FundModel 25, HNS, no EHC', age20, 25, HNS, 1],
    ['19th birthday on 31 August', bornYearsBefore(AUG31, 19), 25, HNS, 1],
    ['19th birthday on 30 August', bornYearsBefore(AUG31, 19, -1), 25, HNS, 1],
    ['19th birthday on 1 September (18)', bornYearsBefore(AUG31, 19, 1), 25, HNS, 0],
    ['25th birthday on 1 September (24)', bornYearsBefore(AUG31, 25, 1), 25, HNS, 1],
    ['25th birthday on 31 August (25)', bornYearsBefore(AUG31, 25), 25, HNS, 0],
    ['25th birthday on 30 August (25)', bornYearsBefore(AUG31, 25, -1), 25, HNS, 0],
    ['with EHC', age20, 25, [['HNS', 1], ['EHC', 1]], 0],
    ['no HNS', age20, 25, [], 0],
    ['FundModel 82', age20, 82, HNS, 0],
    ['no DateOfBirth', null, 25, HNS, 0],
  ] as [string, string | null, number, Fams, number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_34, { DateOfBirth: dob }, [aim({ FundModel: fm })], { fams });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', entity: 'LearnerFAM', field: 'LearnFAMType', value: 'HNS' });
  });
});
