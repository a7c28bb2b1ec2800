import { heFindings } from './he-testing';
import { MSTUFEE_05 } from './MSTUFEE_05';

describe('MSTUFEE_05: England or Wales (XF, XI) with MSTUFEE 3 or 4', () => {
  it.each<[string, string | null, number, number]>([
    ['XF, 3', 'XF', 3, 1],
    ['XI, 4', 'XI', 4, 1],
    ['XF, 2', 'XF', 2, 0],
    ['XH, 3', 'XH', 3, 0],
    ['no country, 3', null, 3, 0],
  ])('%s', (_n, country, fee, n) => {
    const f = heFindings(MSTUFEE_05, '2526', { he: { PERMADDCOUNTRY: country, MSTUFEE: fee } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_05', severity: 'warning', field: 'MSTUFEE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[number, string | null, boolean]>([
    [3, 'XF', true],
    [3, 'XI', true],
    [4, 'XF', true],
    [4, 'XI', true],
    [3, 'xF', true],
    [3, 'Xi', true],
    [4, 'xF', true],
    [4, 'xi', true],
    [2, 'XF', false],
    [2, 'XI', false],
    [0, 'XI', false],
    [0, 'XF', false],
    [2, '', false],
    [3, null, false],
  ])('ConditionMet: MSTUFEE %p, DOMICILE %p', (fee, country, fires) => {
    expect(heFindings(MSTUFEE_05, '2021', { he: { DOMICILE: country, MSTUFEE: fee } })).toHaveLength(fires ? 1 : 0);
  });
});
