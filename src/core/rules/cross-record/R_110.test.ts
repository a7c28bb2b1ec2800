import type { RecordSpec } from '../../model/build';
import { aim, learnerFindings, relatedOf } from './cross-testing';
import { R_110 } from './R_110';

const act = (code: string, from: string): RecordSpec => ({ LearnDelFAMType: 'ACT', LearnDelFAMCode: code, LearnDelFAMDateFrom: from });
const les = (on: string, stat: number, esm: [string, number][] = []): RecordSpec => ({ DateEmpStatApp: on, EmpStat: stat, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) });
const run = (statuses: RecordSpec[], fams: RecordSpec[], extra: RecordSpec = {}, year = '2526') =>
  learnerFindings(R_110, { LearnerEmploymentStatus: statuses, LearningDelivery: [aim(1, { FundModel: 36, AimType: 1, ProgType: 25, StdCode: 1, LearningDeliveryFAM: fams, ...extra })] }, year);

describe('R_110: an employer-funded (ACT 1) apprentice must be employed', () => {
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['employed on the ACT date', [les('2025-08-01', 10)], [act('1', '2025-09-01')], {}, 1 - 1],
    ['not employed on the ACT date', [les('2025-08-01', 11)], [act('1', '2025-09-01')], {}, 1],
    ['employed from the ACT date', [les('2025-08-01', 11), les('2025-09-01', 10)], [act('1', '2025-09-01')], {}, 0],
    ['employed from the day after', [les('2025-08-01', 11), les('2025-09-02', 10)], [act('1', '2025-09-01')], {}, 1],
    ['ACT 2 (no contract with an employer)', [les('2025-08-01', 11)], [act('2', '2025-09-01')], {}, 0],
    ['not FundModel 36', [les('2025-08-01', 11)], [act('1', '2025-09-01')], { FundModel: 99 }, 0],
    ['a restart (RES) excluded', [les('2025-08-01', 11)], [act('1', '2025-09-01'), { LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }], {}, 0],
    ['made redundant on the latest status excluded', [les('2025-08-01', 11, [['OET', 1]])], [act('1', '2025-09-01')], {}, 0],
    ['redundancy on an earlier status only: not excluded', [les('2025-07-01', 11, [['OET', 1]]), les('2025-08-01', 11)], [act('1', '2025-09-01')], {}, 1],
    ['no status on the date: left to the employment rules', [les('2025-10-01', 11)], [act('1', '2025-09-01')], {}, 0],
  ])('%s', (_n, statuses, fams, extra, n) => {
    const f = run(statuses, fams, extra);
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_110', entity: 'LearnerEmploymentStatus', field: 'EmpStat' });
  });

  it('marks the ACT record as related', () => {
    const f = run([les('2025-08-01', 11)], [act('1', '2025-09-01')]);
    expect(f.map(relatedOf)).toEqual([['LearnDelFAMDateFrom=2025-09-01']]);
    expect(f[0]!.related![0]!.aimSeqNumber).toBe('1');
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  const run21 = (statuses: RecordSpec[], fams: RecordSpec[], extra: RecordSpec = {}) => run(statuses, fams, { LearnStartDate: '2017-01-01', ...extra }, '2021');
  it.each<[string, RecordSpec[], RecordSpec[], RecordSpec, number]>([
    ['Validate_Error: ACT 1 from 2017-01-01, EmpStat 12 (not employed, not seeking)', [les('2016-12-01', 12)], [act('1', '2017-01-01')], {}, 1],
    ['IsApprenticeshipProgramme_False: FundModel 35', [les('2016-12-01', 12)], [act('1', '2017-01-01')], { FundModel: 35 }, 0],
    ['employed (EmpStat 10)', [les('2016-12-01', 10)], [act('1', '2017-01-01')], {}, 0],
    ['no status on the date fires in 2020-21', [], [act('1', '2017-01-01')], {}, 1],
    ['no restart exclusion in 2020-21', [les('2016-12-01', 12)], [act('1', '2017-01-01'), { LearnDelFAMType: 'RES', LearnDelFAMCode: '1' }], {}, 1],
  ])('%s', (_n, statuses, fams, extra, n) => expect(run21(statuses, fams, extra)).toHaveLength(n));
});
