import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_124 } from './R_124';

const prog = (seq: number, start: string, extra: RecordSpec = {}) => aim(seq, { AimType: 1, FundModel: 36, ProgType: 25, StdCode: 1, LearnStartDate: start, ...extra });
const ended = (end: string, extra: RecordSpec = {}) => ({ LearnActEndDate: end, CompStatus: 3, ...extra });

describe('R_124: overlapping programme aims', () => {
  it.each<[string, RecordSpec[], string[]]>([
    ['the second starts the day after the first ends', [prog(1, '2024-09-01', ended('2025-08-31')), prog(2, '2025-09-01')], []],
    ['the second starts on the day the first ends', [prog(1, '2024-09-01', ended('2025-09-01')), prog(2, '2025-09-01')], ['2']],
    ['the first is open', [prog(1, '2024-09-01'), prog(2, '2025-09-01')], ['2']],
    ['a standard ends at its AchDate, not its actual end', [prog(1, '2024-09-01', ended('2025-06-30', { CompStatus: 2, AchDate: '2025-09-15' })), prog(2, '2025-09-01')], ['2']],
    ['a standard achieved before the next starts', [prog(1, '2024-09-01', ended('2025-06-30', { CompStatus: 2, AchDate: '2025-08-15' })), prog(2, '2025-09-01')], []],
    ['the same start day: both', [prog(1, '2025-09-01'), prog(2, '2025-09-01', ended('2025-09-30'))], ['1', '2']],
    ['a component aim is not a programme aim', [prog(1, '2025-09-01'), aim(2, { AimType: 3, FundModel: 36, ProgType: 25, StdCode: 1, LearnStartDate: '2025-09-01' })], []],
    ['a framework ends at its actual end', [prog(1, '2024-09-01', { ProgType: 3, StdCode: null, ...ended('2025-08-31') }), prog(2, '2025-09-01')], []],
  ])('%s', (_n, aims, seqs) => {
    const f = learnerFindings(R_124, { LearningDelivery: aims });
    expect(f.map((x) => x.aimSeqNumber)).toEqual(seqs);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_124', field: 'LearnStartDate' });
  });

  it("marks the other aim's start as related", () => {
    const f = learnerFindings(R_124, { LearningDelivery: [prog(1, '2024-09-01'), prog(2, '2025-09-01')] });
    expect(f.map(relatedOf)).toEqual([['LearnStartDate=2024-09-01']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('1');
  });
});

describe("2020-21 (the same check in ESFA's 2020-21 service)", () => {
  it.each<[string, RecordSpec[], number]>([
    ['second programme inside the first', [prog(1, '2019-09-01', ended('2020-12-31')), prog(2, '2020-09-01')], 1],
    ['second programme after the first ended', [prog(1, '2019-09-01', ended('2020-08-31')), prog(2, '2020-09-01')], 0],
  ])('%s', (_n, aims, n) => expect(learnerFindings(R_124, { LearningDelivery: aims }, '2021')).toHaveLength(n));
});
