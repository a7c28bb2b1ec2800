import { findingsOf, learnerWith } from '../testing';
import { LLDDCat_02 } from './LLDDCat_02';

const spec = (cat: number, starts: string[]) =>
  learnerWith(
    { LLDDHealthProb: 1, LLDDandHealthProblem: [{ LLDDCat: cat }] },
    starts.map((s, i) => ({ LearnAimRef: 'ZPROG001', AimSeqNumber: i + 1, LearnStartDate: s })),
  );

describe('LLDDCat_02: earliest start date not after the category\'s valid-to date', () => {
  it.each([
    ['category 1 (valid to 2015-07-31), earliest start 2015-07-31 (boundary)', 1, ['2025-09-01', '2015-07-31'], 0],
    ['category 1, earliest start 2015-08-01', 1, ['2015-08-01', '2025-09-01'], 1],
    ['category 15 (valid to 2025-07-31), start 2025-09-01', 15, ['2025-09-01'], 1],
    ['category 4 (open-ended)', 4, ['2025-09-01'], 0],
    ['an unknown category is LLDDCat_01\'s', 20, ['2025-09-01'], 0],
    ['no start date at all', 1, [], 0],
  ])('%s', (_n, cat, starts, expected) => {
    const f = findingsOf(LLDDCat_02, '2526', spec(cat, starts));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'LLDDCat_02', field: 'LLDDCat', value: String(cat) });
  });
});
