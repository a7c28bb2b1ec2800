import { findingsOf, learnerWith } from '../testing';
import { LearnFAMType_01 } from './LearnFAMType_01';

const fams = (...pairs: [string, string | number][]) => learnerWith({ LearnerFAM: pairs.map(([t, c]) => ({ LearnFAMType: t, LearnFAMCode: c })) });

describe('LearnFAMType_01: the FAM code must be valid for its type', () => {
  it.each([
    ['LSR 36', [['LSR', 36]], []],
    ['EHC 1', [['EHC', 1]], []],
    ['lower-case type lsr 36', [['lsr', 36]], []],
    ['LSR 1 (a code of another type)', [['LSR', 1]], ['1']],
    ['XY 1 (a two-letter type: the incomplete list of types has only three-letter ones)', [['XY', 1]], ['1']],
    ['MCF 0 (the MCF list is complete)', [['MCF', 0]], ['0']],
    ['two FAMs, one bad', [['LSR', 36], ['EHC', 7]], ['7']],
  ] as [string, [string, number][], string[]][])('%s', (_n, pairs, bad) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(LearnFAMType_01, year, fams(...pairs));
      expect(f.map((x) => x.value)).toEqual(bad);
      for (const x of f) expect(x).toMatchObject({ entity: 'LearnerFAM', field: 'LearnFAMCode', severity: 'error' });
    }
  });

  it('an unknown three-letter type: not called invalid against the incomplete 2025-26 list of types, invalid in 2020-21', () => {
    expect(findingsOf(LearnFAMType_01, '2526', fams(['XYZ', 1]))).toEqual([]);
    expect(findingsOf(LearnFAMType_01, '2021', fams(['XYZ', 1])).map((x) => x.value)).toEqual(['1']);
  });
});
