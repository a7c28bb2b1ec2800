import { DateOfBirth_27 } from './DateOfBirth_27';
import { aim, learnerFindings } from './identity-testing';

describe('DateOfBirth_27: born before the start of the teaching year', () => {
  it.each([
    ['born on 1 August 2025', '2025-08-01', 1],
    ['born on 2 August 2025', '2025-08-02', 1],
    ['born on 31 July 2025', '2025-07-31', 0],
    ['no DateOfBirth', null, 0],
  ])('%s', (_n, dob, n) => {
    const f = learnerFindings(DateOfBirth_27, { DateOfBirth: dob }, [aim()]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth' });
  });

  it('2020-21: against 1 August 2020', () => {
    expect(learnerFindings(DateOfBirth_27, { DateOfBirth: '2020-08-01' }, [aim({}, [], '2021')], { year: '2021' })).toHaveLength(1);
    expect(learnerFindings(DateOfBirth_27, { DateOfBirth: '2020-07-31' }, [aim({}, [], '2021')], { year: '2021' })).toHaveLength(0);
  });
});
