import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_123 } from './R_123';

const act = (from: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1', LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const std = (fams: RecordSpec[], extra: RecordSpec = {}) => aim(1, { FundModel: 36, ProgType: 25, StdCode: 1, AimType: 1, LearnStartDate: '2024-09-01', CompStatus: 1, LearningDeliveryFAM: fams, ...extra });

describe('R_123: a continuing standard keeps its latest ACT open', () => {
  it.each<[string, RecordSpec, number]>([
    ['latest ACT open', std([act('2024-09-01')]), 0],
    ['latest ACT with a DateTo', std([act('2024-09-01', '2025-10-01')]), 1],
    ['an earlier ACT closed, the latest open', std([act('2024-09-01', '2024-12-31'), act('2025-01-01')]), 0],
    ['the latest closed, listed first', std([act('2025-01-01', '2025-10-01'), act('2024-09-01', '2024-12-31')]), 1],
    ['not continuing (CompStatus 2)', std([act('2024-09-01', '2025-10-01')], { CompStatus: 2, LearnActEndDate: '2025-10-01' }), 0],
    ['not a standard', std([act('2024-09-01', '2025-10-01')], { ProgType: 2 }), 0],
    ['no ACT', std([]), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(R_123, { LearningDelivery: [a] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_123', field: 'LearnDelFAMDateTo', aimSeqNumber: '1' });
  });

  it('marks the CompStatus as related', () => {
    expect(learnerFindings(R_123, { LearningDelivery: [std([act('2024-09-01', '2025-10-01')])] }).map(relatedOf)).toEqual([['CompStatus=1']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec, number]>([
    ['continuing with an ACT DateTo', std([act('2019-09-01', '2020-10-01')], { LearnStartDate: '2019-09-01' }), 1],
    ['continuing with the ACT open', std([act('2019-09-01')], { LearnStartDate: '2019-09-01' }), 0],
  ])('%s', (_n, a, n) => expect(learnerFindings(R_123, { LearningDelivery: [a] }, '2021')).toHaveLength(n));
});
