import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_142 } from './R_142';

const tnp = (on: string) => ({ AFinType: 'TNP', AFinCode: 1, AFinDate: on, AFinAmount: 5000 });
const prog = (seq: number, start: string, extra: RecordSpec = {}) => aim(seq, { AimType: 1, FundModel: 36, ProgType: 25, StdCode: 1, LearnStartDate: start, ...extra });
const withdrawn = (fins: RecordSpec[], comp = 3) => prog(1, '2024-09-01', { CompStatus: comp, LearnActEndDate: '2025-03-31', AppFinRecord: fins });

describe('R_142: a withdrawn programme\'s price not dated from the restart', () => {
  it.each<[string, RecordSpec[], number]>([
    ['TNP on the withdrawn aim before the restart', [withdrawn([tnp('2024-09-01')]), prog(2, '2025-09-01')], 0],
    ['TNP on the withdrawn aim on the restart date', [withdrawn([tnp('2024-09-01'), tnp('2025-09-01')]), prog(2, '2025-09-01')], 1],
    ['TNP after the restart', [withdrawn([tnp('2025-10-01')]), prog(2, '2025-09-01')], 1],
    ['a break in learning (CompStatus 6)', [withdrawn([tnp('2025-10-01')], 6), prog(2, '2025-09-01')], 1],
    ['completed (CompStatus 2) not checked', [withdrawn([tnp('2025-10-01')], 2), prog(2, '2025-09-01')], 0],
    ['the new aim is closed', [withdrawn([tnp('2025-10-01')]), prog(2, '2025-09-01', { LearnActEndDate: '2025-12-01', CompStatus: 3 })], 0],
    ['the open aim started 31 July 2022', [withdrawn([tnp('2022-08-01')]), prog(2, '2022-07-31')], 0],
    ['the open aim started 1 August 2022', [withdrawn([tnp('2022-08-01')]), prog(2, '2022-08-01')], 1],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_142, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_142', entity: 'AppFinRecord', field: 'AFinDate', aimSeqNumber: '1' });
  });

  it("marks the open aim's start as related", () => {
    const f = learnerFindings(R_142, { LearningDelivery: [withdrawn([tnp('2025-10-01')]), prog(2, '2025-09-01')] });
    expect(f.map(relatedOf)).toEqual([['LearnStartDate=2025-09-01']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('2');
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_142, { LearningDelivery: [withdrawn([tnp('2025-10-01')]), prog(2, '2025-09-01')] }, '2021')).toHaveLength(0);
  });
});
