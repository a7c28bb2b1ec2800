import { learnerFindings, relatedOf } from './cross-testing';
import { R_43 } from './R_43';

const les = (on: string, stat = 10) => ({ DateEmpStatApp: on, EmpStat: stat });

describe('R_43: two employment statuses on the same date', () => {
  it.each([
    ['different dates', ['2025-08-01', '2025-08-02'], 0],
    ['the same date: both reported', ['2025-08-01', '2025-08-01'], 2],
    ['three on one date', ['2025-08-01', '2025-08-01', '2025-08-01'], 3],
    ['one record', ['2025-08-01'], 0],
  ])('%s', (_n, dates, n) => {
    const f = learnerFindings(R_43, { LearnerEmploymentStatus: dates.map((d) => les(d)) });
    expect(f).toHaveLength(n);
    for (const x of f) expect(x).toMatchObject({ rule: 'R_43', entity: 'LearnerEmploymentStatus', field: 'DateEmpStatApp' });
  });

  it('marks the other record as related', () => {
    const f = learnerFindings(R_43, { LearnerEmploymentStatus: [les('2025-08-01', 10), les('2025-08-01', 11)] });
    expect(f.map(relatedOf)).toEqual([['DateEmpStatApp=2025-08-01'], ['DateEmpStatApp=2025-08-01']]);
    expect(f[0]!.related).toHaveLength(1);
  });
});

describe('2020-21 (the same check in ESFA\'s 2020-21 service)', () => {
  it.each([
    ['two on 2018-08-01', ['2018-08-01', '2018-08-01'], 2],
    ['2018-08-01 and 2018-09-01', ['2018-08-01', '2018-09-01'], 0],
    ['no employment statuses', [], 0],
  ])('%s', (_n, dates, n) => expect(learnerFindings(R_43, { LearnerEmploymentStatus: dates.map((d) => les(d)) }, '2021')).toHaveLength(n));
});
