import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings } from './cross-testing';
import { R_138 } from './R_138';

const done = (extra: RecordSpec = {}) => bootcamp(1, 1, { LearnStartDate: '2025-05-01', CompStatus: 2, LearnActEndDate: '2025-07-31', Outcome: 1, ...extra });
const comp = bootcamp(2, 3, { LearnStartDate: '2025-05-01', CompStatus: 2, LearnActEndDate: '2025-07-31', Outcome: 1 });
const run = (aims: RecordSpec[], prepared = '2025-10-01') => learnerFindings(R_138, { LearningDelivery: aims }, '2526', prepared);

describe('R_138: a completed bootcamp needs an AchDate or an event aim', () => {
  it.each<[string, RecordSpec[], string, number]>([
    ['completed, no AchDate, no event aim', [done(), comp], '2025-10-01', 1],
    ['with an AchDate', [done({ AchDate: '2025-08-15' }), comp], '2025-10-01', 0],
    ['with an event aim Z0059748', [done(), comp, bootcamp(3, 3, { LearnAimRef: 'Z0059748' })], '2025-10-01', 0],
    ['with another event aim (Z0060439) only', [done(), comp, bootcamp(3, 3, { LearnAimRef: 'Z0060439' })], '2025-10-01', 1],
    ['continuing', [done({ CompStatus: 1, LearnActEndDate: null, Outcome: null })], '2025-10-01', 0],
    ['started 1 August 2025', [done({ LearnStartDate: '2025-08-01', LearnActEndDate: '2025-09-30' })], '2025-10-01', 0],
    ['prepared six months after the end: not excluded', [done(), comp], '2026-01-31', 1],
    ['prepared more than six months after the end: excluded', [done(), comp], '2026-02-01', 0],
    ['an earlier completed aim, the latest achieved', [done({ LearnStartDate: '2025-01-01', LearnActEndDate: '2025-03-01' }), bootcamp(3, 1, { LearnStartDate: '2025-05-01', CompStatus: 2, LearnActEndDate: '2025-07-31', Outcome: 1, AchDate: '2025-08-01' })], '2025-10-01', 0],
  ])('%s', (_n, aims, prepared, n) => {
    const f = run(aims, prepared);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_138', field: 'AchDate', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_138, { LearningDelivery: [done({ LearnStartDate: '2020-09-01', LearnActEndDate: '2020-12-01' })] }, '2021')).toHaveLength(0);
  });
});
