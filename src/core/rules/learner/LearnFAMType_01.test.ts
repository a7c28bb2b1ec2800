import { findingsOf, learnerWith } from '../testing';
import { LearnFAMType_01 } from './LearnFAMType_01';

const fams = (...pairs: [string, string | number][]) => learnerWith({ LearnerFAM: pairs.map(([t, c]) => ({ LearnFAMType: t, LearnFAMCode: c })) });

describe('LearnFAMType_01: the FAM code must be valid for its type', () => {
  it.each([
    ['LSR 36', [['LSR', 36]], []],
    ['EHC 1', [['EHC', 1]], []],
    ['lower-case type lsr 36', [['lsr', 36]], []],
    ['LSR 1 (a code of another type)', [['LSR', 1]], ['1']],
    ['XYZ 1 (an unknown type)', [['XYZ', 1]], ['1']],
    ['two FAMs, one bad', [['LSR', 36], ['EHC', 7]], ['7']],
  ] as [string, [string, number][], string[]][])('%s', (_n, pairs, bad) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(LearnFAMType_01, year, fams(...pairs));
      expect(f.map((x) => x.value)).toEqual(bad);
      for (const x of f) expect(x).toMatchObject({ entity: 'LearnerFAM', field: 'LearnFAMCode', severity: 'error' });
    }
  });
});
