import { DateOfBirth_24 } from './DateOfBirth_24';
import { aim, learnerFindings } from './identity-testing';

describe('DateOfBirth_24: a real ULN needs a DateOfBirth', () => {
  it.each([
    ['real ULN, no DateOfBirth', '1061484016', null, 1],
    ['temporary ULN', '9999999999', null, 0],
    ['no ULN', null, null, 0],
    ['DateOfBirth returned', '1061484016', '1990-01-01', 0],
  ])('%s', (_n, uln, dob, n) => {
    const f = learnerFindings(DateOfBirth_24, { ULN: uln, DateOfBirth: dob }, [aim()]);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ severity: 'error', field: 'DateOfBirth', related: [{ field: 'ULN' }] });
  });
});
