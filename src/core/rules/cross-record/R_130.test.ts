import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_130 } from './R_130';

const t = (seq: number, extra: RecordSpec = {}) => aim(seq, { FundModel: 25, ProgType: 31, AimType: seq === 1 ? 1 : 5, ...extra });

describe('R_130: no planned hours on the learner for T Level aims only', () => {
  it.each<[string, RecordSpec, RecordSpec[], string[]]>([
    ['T Level aims, no hours', {}, [t(1), t(2)], []],
    ['T Level aims, planned hours', { PlanLearnHours: 540 }, [t(1), t(2)], ['PlanLearnHours']],
    ['T Level aims, both hours', { PlanLearnHours: 540, PlanEEPHours: 60 }, [t(1), t(2)], ['PlanLearnHours', 'PlanEEPHours']],
    ['T Level and another 16-19 aim', { PlanLearnHours: 540 }, [t(1), aim(2, { FundModel: 25, AimType: 4 })], []],
    ['T Level Foundation Year (30)', { PlanLearnHours: 540 }, [t(1, { ProgType: 30 })], []],
    ['no aims', { PlanLearnHours: 540 }, [], []],
  ])('%s', (_n, fields, aims, reported) => {
    const f = learnerFindings(R_130, { ...fields, LearningDelivery: aims });
    expect(f.map((x) => x.field)).toEqual(reported);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_130', entity: 'Learner' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_130, { PlanLearnHours: 540, LearningDelivery: [t(1, { LearnStartDate: '2020-09-01' })] }, '2021')).toHaveLength(0);
  });
});
