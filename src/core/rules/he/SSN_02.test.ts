import { ssnValid } from './he-shared';
import { heFindings } from './he-testing';
import { SSN_02 } from './SSN_02';

describe('SSN_02: the SSN passes the checksum', () => {
  it.each<[string, number]>([
    ['WADM46891352A', 0],
    ['wadm46891352a', 0],
    ['WADM46891352D', 1],
    ['ABCD12345678A', 1],
    ['IADM46891352A', 1],
    ['WADM4689135A', 1],
    ['WADM468913521', 1],
  ])('%s', (ssn, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(SSN_02, year, { he: { SSN: ssn } });
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'SSN_02', field: 'SSN', value: ssn, aimSeqNumber: '1' });
    }
  });

  it('not returned', () => expect(heFindings(SSN_02, '2526', { he: { SSN: null } })).toEqual([]));

  it('every check letter of AAAA12345678 but the right one fails', () => {
    const passing = [...'ABCDEFGHJKLMNPRSTUVWXYZ'].filter((l) => ssnValid(`AAAA12345678${l}`));
    expect(passing).toHaveLength(1);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_True / ValidateError: ABCD12345678A', 'ABCD12345678A', 1],
    ['ConditionMet_False / ValidateNoError: WADM46891352A', 'WADM46891352A', 0],
    ['CheckSumMatchesExpected false: WADM46891352D', 'WADM46891352D', 1],
    ['RegexIsValid false: AAAAX2345678A', 'AAAAX2345678A', 1],
    ['RegexIsValid false: AAAA1234567XA', 'AAAA1234567XA', 1],
  ])('%s', (_n, ssn, n) => expect(heFindings(SSN_02, '2021', { he: { SSN: ssn } })).toHaveLength(n));
});
