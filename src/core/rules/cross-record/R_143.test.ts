import type { RecordSpec } from '../../model/build';
import { bootcamp } from './bootcamp-testing';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_143 } from './R_143';

const end = (d: string) => ({ CompStatus: 2, LearnActEndDate: d, Outcome: 1 });

describe('R_143: the bootcamp programme aim ends no earlier than its components', () => {
  it.each<[string, RecordSpec[], number]>([
    ['programme ends with the last component', [bootcamp(1, 1, end('2025-12-01')), bootcamp(2, 3, end('2025-11-01')), bootcamp(3, 3, end('2025-12-01'))], 0],
    ['programme ends the day before the last component', [bootcamp(1, 1, end('2025-11-30')), bootcamp(2, 3, end('2025-11-01')), bootcamp(3, 3, end('2025-12-01'))], 1],
    ['programme open', [bootcamp(1, 1), bootcamp(2, 3, end('2025-12-01'))], 0],
    ['components open', [bootcamp(1, 1, end('2025-11-30')), bootcamp(2, 3)], 0],
    ['component of another contract', [bootcamp(1, 1, end('2025-11-30')), bootcamp(2, 3, { ...end('2025-12-01'), ConRefNumber: 'SB-2' })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_143, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_143', field: 'LearnActEndDate', aimSeqNumber: '1' });
  });

  it("marks the last component's end as related", () => {
    const f = learnerFindings(R_143, { LearningDelivery: [bootcamp(1, 1, end('2025-11-30')), bootcamp(3, 3, end('2025-12-01'))] });
    expect(f.map(relatedOf)).toEqual([['LearnActEndDate=2025-12-01']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('3');
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_143, { LearningDelivery: [bootcamp(1, 1, end('2025-11-30')), bootcamp(3, 3, end('2025-12-01'))] }, '2021')).toHaveLength(0);
  });
});
