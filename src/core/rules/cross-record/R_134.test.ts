import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings } from './cross-testing';
import { R_134 } from './R_134';

const les = (esm: [string, number][]): RecordSpec => ({ DateEmpStatApp: '2025-08-01', EmpStat: 10, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) });

describe('R_134: a small or medium employer (OET 2) only with a Skills Bootcamp', () => {
  it.each<[string, RecordSpec[], RecordSpec[], number]>([
    ['OET 2 with a Skills Bootcamp aim', [les([['OET', 2]])], [aim(1, { FundModel: 37, ProgType: 32, AimType: 1 })], 0],
    ['OET 2 without one', [les([['OET', 2]])], [aim(1)], 1],
    ['OET 1 (redundancy)', [les([['OET', 1]])], [aim(1)], 0],
    ['devolved delivery exclusion (DAM 023)', [les([['OET', 2]])], [aim(1, { LearningDeliveryFAM: [{ LearnDelFAMType: 'DAM', LearnDelFAMCode: '023' }] })], 0],
    ['another DAM code', [les([['OET', 2]])], [aim(1, { LearningDeliveryFAM: [{ LearnDelFAMType: 'DAM', LearnDelFAMCode: '001' }] })], 1],
  ])('%s', (_n, statuses, aims, n) => {
    const f = learnerFindings(R_134, { LearnerEmploymentStatus: statuses, LearningDelivery: aims });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_134', entity: 'EmploymentStatusMonitoring', field: 'ESMCode', value: '2' });
  });

  it('does not run for 2020-21', () => {
    expect(learnerFindings(R_134, { LearnerEmploymentStatus: [les([['OET', 2]])], LearningDelivery: [aim(1, { LearnStartDate: '2020-09-01' })] }, '2021')).toHaveLength(0);
  });
});
