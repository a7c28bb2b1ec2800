import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_144 } from './R_144';

const ach = (start: string, achDate: string, extra: RecordSpec = {}) => bootcamp(1, 1, { LearnStartDate: start, CompStatus: 2, LearnActEndDate: achDate, Outcome: 1, AchDate: achDate, ...extra });

describe('R_144: a bootcamp achievement not before the bootcamp started', () => {
  it.each<[string, RecordSpec[], number]>([
    ['achieved after the start', [ach('2025-09-01', '2025-12-01')], 0],
    ['achieved on the start', [ach('2025-09-01', '2025-09-01')], 0],
    ['achieved the day before the start', [ach('2025-09-01', '2025-08-31')], 1],
    ["before its own start but after the contract's first start", [ach('2025-09-01', '2025-08-15'), bootcamp(2, 1, { LearnStartDate: '2025-08-01', CompStatus: 3, LearnActEndDate: '2025-08-10' })], 0],
    ['on or after an earlier programme aim of another contract', [ach('2025-09-01', '2025-09-15'), bootcamp(2, 1, { LearnStartDate: '2025-10-01', ConRefNumber: 'SB-2' })], 0],
    ['started 31 July 2023: not checked', [ach('2023-07-31', '2023-07-30')], 0],
    ['started 1 August 2023', [ach('2023-08-01', '2023-07-31')], 1],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_144, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_144', field: 'AchDate', aimSeqNumber: '1' });
  });

  it("marks the bootcamp's first start as related", () => {
    expect(learnerFindings(R_144, { LearningDelivery: [ach('2025-09-01', '2025-08-31')] }).map(relatedOf)).toEqual([['LearnStartDate=2025-09-01']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_144, { LearningDelivery: [ach('2025-09-01', '2025-08-31')] }, '2021')).toHaveLength(0);
  });
});
