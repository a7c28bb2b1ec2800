import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_121 } from './R_121';

const act = (from: string, to?: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: '1', LearnDelFAMDateFrom: from, ...(to ? { LearnDelFAMDateTo: to } : {}) });
const std = (fams: RecordSpec[], extra: RecordSpec = {}) => aim(1, { FundModel: 36, ProgType: 25, StdCode: 1, AimType: 1, LearnStartDate: '2024-09-01', CompStatus: 2, LearnActEndDate: '2025-10-01', Outcome: 1, AchDate: '2025-11-15', LearningDeliveryFAM: fams, ...extra });

describe('R_121: the latest ACT ends on the achievement date', () => {
  it.each<[string, RecordSpec, number]>([
    ['latest ACT ends on the AchDate', std([act('2024-09-01', '2025-11-15')]), 0],
    ['ends on the day before', std([act('2024-09-01', '2025-11-14')]), 1],
    ['ends on the day after', std([act('2024-09-01', '2025-11-16')]), 1],
    ['the latest of two is compared', std([act('2024-09-01', '2025-11-15'), act('2025-01-01', '2025-10-01')]), 1],
    ['the latest of two, in another order', std([act('2025-01-01', '2025-11-15'), act('2024-09-01', '2024-12-31')]), 0],
    ['no DateTo: not compared', std([act('2024-09-01')]), 0],
    ['no AchDate', std([act('2024-09-01', '2025-10-01')], { AchDate: null }), 0],
    ['not a standard', std([act('2024-09-01', '2025-10-01')], { ProgType: 2 }), 0],
    ['not FundModel 36', std([act('2024-09-01', '2025-10-01')], { FundModel: 99 }), 0],
  ])('%s', (_n, a, n) => {
    const f = learnerFindings(R_121, { LearningDelivery: [a] });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_121', field: 'LearnDelFAMDateTo', aimSeqNumber: '1' });
  });

  it('marks the AchDate as related', () => {
    expect(learnerFindings(R_121, { LearningDelivery: [std([act('2024-09-01', '2025-11-14')])] }).map(relatedOf)).toEqual([['AchDate=2025-11-15']]);
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  const s21 = (to: string) => std([act('2019-09-01', to)], { LearnStartDate: '2019-09-01', LearnActEndDate: '2020-10-01', AchDate: '2020-11-15' });
  it.each<[string, RecordSpec, number]>([
    ['DateTo 2020-11-15 = AchDate', s21('2020-11-15'), 0],
    ['DateTo 2020-10-01 <> AchDate', s21('2020-10-01'), 1],
  ])('%s', (_n, a, n) => expect(learnerFindings(R_121, { LearningDelivery: [a] }, '2021')).toHaveLength(n));
});
