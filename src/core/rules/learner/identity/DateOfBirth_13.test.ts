import { DateOfBirth_13 } from './DateOfBirth_13';
import { aim, bornYearsBefore, learnerFindings } from './identity-testing';

const JUL31 = '2026-07-31';
const OFS: [string, string][] = [['SOF', '1']];

describe('DateOfBirth_13: 16 or over on 31 July of the teaching year for OfS-funded aims', () => {
  it.each([
    ['16th birthday on 1 August 2026', bornYearsBefore(JUL31, 16, 1), 99, OFS, 1],
    ['16th birthday on 31 July 2026', bornYearsBefore(JUL31, 16), 99, OFS, 0],
    ['16th birthday on 30 July 2026', bornYearsBefore(JUL31, 16, -1), 99, OFS, 0],
    ['not OfS (SOF 105)', bornYearsBefore(JUL31, 16, 1), 99, [['SOF', '105']], 0],
    ['FundModel 35 with SOF 1', bornYearsBefore(JUL31, 16, 1), 35, OFS, 0],
    ['no DateOfBirth', null, 99, OFS, 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_13, { DateOfBirth: dob }, [aim({ FundModel: fm }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'warning', field: 'DateOfBirth' });
  });
});
