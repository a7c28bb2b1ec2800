import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_137 } from './R_137';

const t = (seq: number, aimType: number, ref: string) => aim(seq, { FundModel: 25, ProgType: 31, AimType: aimType, LearnAimRef: ref });

describe('R_137: a T Level learner needs an occupational specialism aim', () => {
  it.each<[string, RecordSpec[], number]>([
    ['with ZTLOS aim', [t(1, 1, 'ZPROG001'), t(2, 5, '60358294'), t(3, 3, 'ZTLOS001')], 0],
    ['lower case ztlos', [t(1, 1, 'ZPROG001'), t(2, 3, 'ztlos001')], 0],
    ['without one', [t(1, 1, 'ZPROG001'), t(2, 5, '60358294')], 1],
    ['no T Level aim', [aim(1)], 0],
    ['a T Level Foundation Year (30) is not checked', [aim(1, { FundModel: 25, ProgType: 30, AimType: 1, LearnAimRef: 'ZPROG001' })], 0],
  ])('%s', (_n, aims, n) => {
    const f = learnerFindings(R_137, { LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_137', field: 'ProgType', aimSeqNumber: '1' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_137, { LearningDelivery: [t(1, 1, 'ZPROG001')] }, '2021')).toHaveLength(0);
  });
});
