import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_122 } from './R_122';

const act = (from: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1', LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const std = (fams: RecordSpec[], extra: RecordSpec = {}) => aim(1, { FundModel: 36, ProgType: 25, StdCode: 1, AimType: 1, LearnStartDate: '2024-09-01', CompStatus: 3, LearnActEndDate: '2025-10-01', WithdrawReason: 40, Outcome: 3, LearningDeliveryFAM: fams, ...extra });

describe('R_122: without an achievement date, the latest ACT ends on the actual end date', () => {
  it.each<[string, RecordSpec, number]>([
    ['ends on the actual end date', std([act('2024-09-01', '2025-10-01')]), 0],
    ['ends the day before', std([act('2024-09-01', '2025-09-30')]), 1],
    ['ends the day after', std([act('2024-09-01', '2025-10-02')]), 1],
    ['no DateTo', std([act('2024-09-01')]), 1],
    ['the latest of two is compared', std([act('2024-09-01', '2025-10-01'), act('2025-01-01', '2025-09-01')]), 1],
    ['continuing (CompStatus 1) excluded', std([act('2024-09-01')], { CompStatus: 1, LearnActEndDate: null, WithdrawReason: null, Outcome: null }), 0],
    ['with an AchDate (R_121)', std([act('2024-09-01', '2025-09-01')], { CompStatus: 2, Outcome: 1, AchDate: '2025-11-01' }), 0],
    ['a break in learning (CompStatus 6)', std([act('2024-09-01', '2025-09-01')], { CompStatus: 6 }), 1],
    ['not a standard', std([act('2024-09-01')], { ProgType: 2 }), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(R_122, { LearningDelivery: [a] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_122', field: 'LearnDelFAMDateTo', aimSeqNumber: '1' });
  });

  it('marks the actual end date as related', () => {
    expect(learnerFindings(R_122, { LearningDelivery: [std([act('2024-09-01', '2025-09-30')])] }).map(relatedOf)).toEqual([['LearnActEndDate=2025-10-01']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  const s21 = (fams: RecordSpec[]) => std(fams, { LearnStartDate: '2019-09-01', LearnActEndDate: '2020-10-01' });
  it.each<[string, RecordSpec, number]>([
    ['DateTo = LearnActEndDate', s21([act('2019-09-01', '2020-10-01')]), 0],
    ['no DateTo, LearnActEndDate returned', s21([act('2019-09-01')]), 1],
  ])('%s', (_n, a, n) => expect(learnerFindings(R_122, { LearningDelivery: [a] }, '2021')).toHaveLength(n));
});
