import { heFindings, type HeCase } from './he-testing';
import { UCASSCHEMECODE_02 } from './UCASSCHEMECODE_02';

describe('UCASSCHEMECODE_02: two letters and two digits from 1 August 2025', () => {
  it.each<[string, HeCase, number]>([
    ['000000001, started 2025-08-01 (boundary)', { he: { UCASSCHEMECODE: '000000001' }, aim: { LearnStartDate: '2025-08-01' } }, 1],
    ['000000001, started 2025-07-31', { he: { UCASSCHEMECODE: '000000001' }, aim: { LearnStartDate: '2025-07-31' } }, 0],
    ['A123', { he: { UCASSCHEMECODE: 'A123' } }, 1],
    ['ABC12', { he: { UCASSCHEMECODE: 'ABC12' } }, 1],
    ['AB12', { he: { UCASSCHEMECODE: 'AB12' } }, 0],
    ['ab12', { he: { UCASSCHEMECODE: 'ab12' } }, 0],
    ['not returned', { he: { UCASSCHEMECODE: null } }, 0],
  ])('%s', (_n, c, n) => {
    const f = heFindings(UCASSCHEMECODE_02, '2526', c);
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'UCASSCHEMECODE_02', field: 'UCASSCHEMECODE', aimSeqNumber: '1' });
  });

  it('does not exist in 2020-21', () => expect(heFindings(UCASSCHEMECODE_02, '2021', { he: { UCASAPPID: '000000001' } })).toEqual([]));
});
