import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_58 } from './R_58';

const core = (seq: number, start: string, end?: string) => aim(seq, { AimType: 5, FundModel: 25, LearnStartDate: start, ...(end ? { LearnActEndDate: end, CompStatus: 2 } : {}) });

describe('R_58: overlapping core aims', () => {
  it.each<[string, RecordSpec[], string[]]>([
    ['one ends the day before the other starts', [core(1, '2025-09-01', '2025-12-31'), core(2, '2026-01-01')], []],
    ['one ends on the day the other starts', [core(1, '2025-09-01', '2026-01-01'), core(2, '2026-01-01')], ['2']],
    ['one ends after the other starts', [core(1, '2025-09-01', '2026-02-01'), core(2, '2026-01-01')], ['2']],
    ['the earlier one is open', [core(1, '2025-09-01'), core(2, '2026-01-01')], ['2']],
    ['in another order in the file', [core(2, '2026-01-01'), core(1, '2025-09-01', '2026-02-01')], ['2']],
    ['a long aim holds over a short one', [core(1, '2025-09-01', '2026-06-01'), core(2, '2025-10-01', '2025-10-31'), core(3, '2026-01-01', '2026-02-01')], ['2', '3']],
    ['one core aim and a non-core aim', [core(1, '2025-09-01'), aim(2, { AimType: 4, LearnStartDate: '2025-10-01' })], []],
  ])('%s', (_n, aims, seqs) => {
    const f = learnerFindings(R_58, { LearningDelivery: aims });
    expect(f.map((x) => x.aimSeqNumber)).toEqual(seqs);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_58', field: 'LearnStartDate' });
  });

  it("marks the earlier aim's end date as related", () => {
    const f = learnerFindings(R_58, { LearningDelivery: [core(1, '2025-09-01', '2026-02-01'), core(2, '2026-01-01')] });
    expect(f.map(relatedOf)).toEqual([['LearnActEndDate=2026-02-01']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('1');
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['end 2018-10-01, next start 2018-10-01', [core(1, '2018-08-01', '2018-10-01'), core(2, '2018-10-01')], 1],
    ['end 2018-09-30, next start 2018-10-01', [core(1, '2018-08-01', '2018-09-30'), core(2, '2018-10-01')], 0],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_58, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
