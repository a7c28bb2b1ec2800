import { heFindings, type HeCase } from './he-testing';
import { SSN_03 } from './SSN_03';

describe('SSN_03: without an SSN, both fees must be returned', () => {
  it.each<[string, HeCase, number, string | undefined]>([
    ['no SSN, no NETFEE', { he: { SSN: null, NETFEE: null } }, 1, 'NETFEE'],
    ['no SSN, no GROSSFEE', { he: { SSN: null, GROSSFEE: null } }, 1, 'GROSSFEE'],
    ['no SSN, neither fee', { he: { SSN: null, NETFEE: null, GROSSFEE: null } }, 1, 'NETFEE'],
    ['no SSN, both fees', { he: { SSN: null } }, 0, undefined],
    ['SSN, no fees', { he: { NETFEE: null, GROSSFEE: null } }, 0, undefined],
    ['no SSN, no NETFEE, started 2021-08-01 (boundary)', { he: { SSN: null, NETFEE: null }, aim: { LearnStartDate: '2021-08-01' } }, 1, 'NETFEE'],
    ['no SSN, no NETFEE, started 2021-07-31', { he: { SSN: null, NETFEE: null }, aim: { LearnStartDate: '2021-07-31' } }, 0, undefined],
    ['no HE record', { he: null }, 0, undefined],
  ])('%s', (_n, c, n, field) => {
    const f = heFindings(SSN_03, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'SSN_03', severity: 'error', field, aimSeqNumber: '1' });
  });

  it('both fees missing: GROSSFEE is related', () => {
    const f = heFindings(SSN_03, '2526', { he: { SSN: null, NETFEE: null, GROSSFEE: null } });
    expect(f[0]!.related).toEqual([expect.objectContaining({ field: 'GROSSFEE' })]);
  });

  it('does not exist in 2020-21', () => expect(heFindings(SSN_03, '2021', { he: { SSN: null, NETFEE: null } })).toEqual([]));
});
