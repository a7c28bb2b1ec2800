import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_150 } from './R_150';

const prog = (start: string, extra: RecordSpec = {}) => bootcamp(1, 1, { LearnStartDate: start, ...extra });
const event = (start: string, ref = 'Z0059747', extra: RecordSpec = {}) => bootcamp(2, 3, { LearnAimRef: ref, LearnStartDate: start, ...extra });

describe('R_150: a bootcamp event aim not before the bootcamp started', () => {
  it.each<[string, RecordSpec[], number]>([
    ['event on the programme start', [prog('2025-01-10'), event('2025-01-10')], 0],
    ['event the day before', [prog('2025-01-10'), event('2025-01-09')], 1],
    ['another event aim (Z0060443)', [prog('2025-01-10'), event('2025-01-09', 'Z0060443')], 1],
    ['not an event aim', [prog('2025-01-10'), event('2025-01-09', '60146394')], 0],
    ['event of another contract', [prog('2025-01-10'), event('2025-01-09', 'Z0059747', { ConRefNumber: 'SB-2' })], 0],
    ['programme started 31 July 2024', [prog('2024-07-31'), event('2024-07-30')], 0],
    ['programme started 1 August 2024', [prog('2024-08-01'), event('2024-07-31')], 1],
    ['programme started 31 July 2025', [prog('2025-07-31'), event('2025-07-30')], 1],
    ['programme started 1 August 2025', [prog('2025-08-01'), event('2025-07-31')], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_150, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_150', field: 'LearnStartDate', aimSeqNumber: '2' });
  });

  it("marks the programme aim's start as related", () => {
    expect(learnerFindings(R_150, { LearningDelivery: [prog('2025-01-10'), event('2025-01-09')] }).map(relatedOf)).toEqual([['LearnStartDate=2025-01-10']]);
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_150, { LearningDelivery: [prog('2025-01-10'), event('2025-01-09')] }, '2021')).toHaveLength(0);
  });
});
