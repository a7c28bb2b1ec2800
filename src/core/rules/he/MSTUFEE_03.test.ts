import { heFindings } from './he-testing';
import { MSTUFEE_03 } from './MSTUFEE_03';

describe('MSTUFEE_03: Scotland (XH) with MSTUFEE 2 or 4', () => {
  it.each<[string, string | null, number, number]>([
    ['XH, 2', 'XH', 2, 1],
    ['XH, 4', 'XH', 4, 1],
    ['xh, 4 (any case)', 'xh', 4, 1],
    ['XH, 3', 'XH', 3, 0],
    ['XF, 2', 'XF', 2, 0],
    ['no country, 2', null, 2, 0],
  ])('%s', (_n, country, fee, n) => {
    const f = heFindings(MSTUFEE_03, '2526', { he: { PERMADDCOUNTRY: country, MSTUFEE: fee } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_03', severity: 'warning', field: 'MSTUFEE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number, number]>([
    ['ConditionMet_True: 2, XH', 'XH', 2, 1],
    ['ConditionMet_True: 4, XH', 'XH', 4, 1],
    ['ConditionMet_False_MSTUFEE: 0, XH', 'XH', 0, 0],
    ['ConditionMet_False_DOMICILE: 2, XX', 'XX', 2, 0],
    ['lower case xh: not matched in 2020-21', 'xh', 2, 0],
  ])('%s', (_n, country, fee, n) => expect(heFindings(MSTUFEE_03, '2021', { he: { DOMICILE: country, MSTUFEE: fee } })).toHaveLength(n));
});
