import { DateOfBirth_23 } from './DateOfBirth_23';
import { aim, learnerFindings } from './identity-testing';

describe('DateOfBirth_23: the DateOfBirth must be returned for Advanced Learner Loan aims', () => {
  it.each([
    ['FundModel 99 with ADL, no DateOfBirth', null, 99, [['ADL', '1']], 1],
    ['DateOfBirth returned', '1990-01-01', 99, [['ADL', '1']], 0],
    ['no ADL', null, 99, [], 0],
    ['FundModel 35 with ADL', null, 35, [['ADL', '1']], 0],
    ['OLASS aim excluded', null, 99, [['ADL', '1'], ['LDM', '034']], 0],
  ] as [string, string | null, number, [string, string][], number][])('%s', (_n, dob, fm, fams, n) => {
    const f = learnerFindings(DateOfBirth_23, { DateOfBirth: dob }, [aim({ FundModel: fm }, fams)]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth' });
  });
});
