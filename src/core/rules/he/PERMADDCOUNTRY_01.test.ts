import { heFindings, type HeCase } from './he-testing';
import { PERMADDCOUNTRY_01 } from './PERMADDCOUNTRY_01';

const AIM = { LearnStartDate: '2025-09-01' };

describe('PERMADDCOUNTRY_01: PERMADDCOUNTRY must be returned for aims started from 2013-08-01', () => {
  it.each<[string, HeCase, number]>([
    ['PERMADDCOUNTRY not returned', { he: { PERMADDCOUNTRY: null }, aim: AIM }, 1],
    ['PERMADDCOUNTRY not returned, started 2013-08-01 (boundary)', { he: { PERMADDCOUNTRY: null }, aim: { ...AIM, LearnStartDate: '2013-08-01' } }, 1],
    ['PERMADDCOUNTRY not returned, started 2013-07-31', { he: { PERMADDCOUNTRY: null }, aim: { ...AIM, LearnStartDate: '2013-07-31' } }, 0],
    ['PERMADDCOUNTRY returned', { he: { PERMADDCOUNTRY: 'XF' }, aim: AIM }, 0],
    ['no HE record', { he: null, aim: AIM }, 0],
  ])('%s', (_n, c, n) => {
    for (const year of ['2526']) {
      const f = heFindings(PERMADDCOUNTRY_01, year, c);
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'PERMADDCOUNTRY_01', severity: 'error', entity: 'LearningDeliveryHE', field: 'PERMADDCOUNTRY', aimSeqNumber: '1' });
    }
  });
});

it('PERMADDCOUNTRY_01 does not exist in 2020-21 (DOMICILE_01 there)', () => {
  expect(heFindings(PERMADDCOUNTRY_01, '2021', { he: { PERMADDCOUNTRY: null } })).toEqual([]);
});
