import { heFindings } from './he-testing';
import { HEPostCode_02 } from './HEPostCode_02';

describe('HEPostCode_02: HEPostCode in the valid postcode format', () => {
  it.each<[string, number]>([
    ['CV1 2WT', 0],
    ['A1 1AA', 0],
    ['A11 1AA', 0],
    ['AA1 1AA', 0],
    ['AA11 1AA', 0],
    ['A1A 1AA', 0],
    ['AA1A 1AA', 0],
    ['AA1AA', 1],
    ['aa1 1aa', 1],
    ['AAA AAA', 1],
    ['1A 1AA', 1],
    ['AA1 1AC', 1],
    ['AA1 1AI', 1],
    ['AA1 1AK', 1],
    ['AA1 1AM', 1],
    ['AA1 1AO', 1],
    ['AA1 1AV', 1],
    ['AA1  1AA', 1],
  ])('%s', (pc, n) => {
    for (const year of ['2526', '2021']) {
      const f = heFindings(HEPostCode_02, year, { he: { HEPostCode: pc } });
      expect(f).toHaveLength(n);
      if (n) expect(f[0]).toMatchObject({ rule: 'HEPostCode_02', field: 'HEPostCode', value: pc, aimSeqNumber: '1' });
    }
  });

  it('not returned', () => expect(heFindings(HEPostCode_02, '2526', { he: { HEPostCode: null } })).toEqual([]));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, number]>([
    ['ConditionMet_True / ValidateError: AA1AA', 'AA1AA', 1],
    ['ConditionMet_False / ValidateNoError: AA1 1AA', 'AA1 1AA', 0],
    ['PostcodeQueryService: 1A 1AC', '1A 1AC', 1],
  ])('%s', (_n, pc, n) => expect(heFindings(HEPostCode_02, '2021', { he: { HEPostCode: pc } })).toHaveLength(n));
});
