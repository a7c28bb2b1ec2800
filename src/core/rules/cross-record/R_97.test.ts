import type { RecordSpec } from '../../model/build';
import { learnerFindings, relatedOf } from './cross-testing';
import { R_97 } from './R_97';

const les = (on: string, stat: number, extra: RecordSpec = {}, esm: [string, number][] = []): RecordSpec => ({
  DateEmpStatApp: on,
  EmpStat: stat,
  ...extra,
  EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })),
});

describe('R_97: consecutive employment statuses that repeat the previous one', () => {
  it.each<[string, RecordSpec[], number]>([
    ['same status, employer and monitoring on a later date', [les('2025-08-01', 10, { EmpId: '154549452' }, [['EII', 8]]), les('2025-09-01', 10, { EmpId: '154549452' }, [['EII', 8]])], 1],
    ['in another order in the file', [les('2025-09-01', 10, {}, [['EII', 8]]), les('2025-08-01', 10, {}, [['EII', 8]])], 1],
    ['neither has an employer or monitoring', [les('2025-08-01', 11), les('2025-09-01', 11)], 1],
    ['monitoring in another order', [les('2025-08-01', 10, {}, [['EII', 8], ['SEI', 1]]), les('2025-09-01', 10, {}, [['SEI', 1], ['EII', 8]])], 1],
    ['employment status changes', [les('2025-08-01', 10), les('2025-09-01', 11)], 0],
    ['employer changes', [les('2025-08-01', 10, { EmpId: '154549452' }), les('2025-09-01', 10, { EmpId: '154549453' })], 0],
    ['employer added', [les('2025-08-01', 10), les('2025-09-01', 10, { EmpId: '154549452' })], 0],
    ['monitoring code changes', [les('2025-08-01', 10, {}, [['EII', 8]]), les('2025-09-01', 10, {}, [['EII', 7]])], 0],
    ['monitoring added', [les('2025-08-01', 10), les('2025-09-01', 10, {}, [['EII', 8]])], 0],
    ['the same date (R_43)', [les('2025-08-01', 10), les('2025-08-01', 10)], 0],
    ['A, B, A: not consecutive', [les('2025-08-01', 10), les('2025-09-01', 11), les('2025-10-01', 10)], 0],
  ])('%s', (_n, statuses, n) => {
    const f = learnerFindings(R_97, { LearnerEmploymentStatus: statuses });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_97', severity: 'warning', field: 'DateEmpStatApp', value: '2025-09-01' });
  });

  it('marks the earlier record as related', () => {
    expect(learnerFindings(R_97, { LearnerEmploymentStatus: [les('2025-08-01', 11), les('2025-09-01', 11)] }).map(relatedOf)).toEqual([['DateEmpStatApp=2025-08-01']]);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each<[string, RecordSpec[], number]>([
    ['EmpStat 10, EmpId 1, EII 1 on 2018-08-01 and 2018-09-01', [les('2018-08-01', 10, { EmpId: 1 }, [['EII', 1]]), les('2018-09-01', 10, { EmpId: 1 }, [['eii', 1]])], 1],
    ['EmpStat changes', [les('2018-08-01', 10, { EmpId: 1 }), les('2018-09-01', 11, { EmpId: 1 })], 0],
  ])('%s', (_n, statuses, n) => expect(learnerFindings(R_97, { LearnerEmploymentStatus: statuses }, '2021')).toHaveLength(n));
});
