import { heFindings } from './he-testing';
import { MSTUFEE_04 } from './MSTUFEE_04';

describe('MSTUFEE_04: Northern Ireland (XG) with MSTUFEE 2 or 3', () => {
  it.each<[string, string | null, number, number]>([
    ['XG, 2', 'XG', 2, 1],
    ['XG, 3', 'XG', 3, 1],
    ['xg, 3 (any case)', 'xg', 3, 1],
    ['XG, 4', 'XG', 4, 0],
    ['XH, 3', 'XH', 3, 0],
    ['no country, 3', null, 3, 0],
  ])('%s', (_n, country, fee, n) => {
    const f = heFindings(MSTUFEE_04, '2526', { he: { PERMADDCOUNTRY: country, MSTUFEE: fee } });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ rule: 'MSTUFEE_04', severity: 'warning', field: 'MSTUFEE', aimSeqNumber: '1' });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number, number]>([
    ['ConditionMet_True: 2, XG', 'XG', 2, 1],
    ['ConditionMet_True: 3, XG', 'XG', 3, 1],
    ['ConditionMet_False_MSTUFEE: 0, XG', 'XG', 0, 0],
    ['ConditionMet_False_DOMICILE: 2, XX', 'XX', 2, 0],
  ])('%s', (_n, country, fee, n) => expect(heFindings(MSTUFEE_04, '2021', { he: { DOMICILE: country, MSTUFEE: fee } })).toHaveLength(n));
});
