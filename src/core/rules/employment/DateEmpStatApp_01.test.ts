import { run, status } from './employment-testing';
import { DateEmpStatApp_01 } from './DateEmpStatApp_01';

describe('DateEmpStatApp_01: the date the status applies must not be after the teaching year', () => {
  it.each([
    ['31 July 2026 (the year\'s last day)', '2026-07-31', 0],
    ['1 August 2026 (after the year)', '2026-08-01', 1],
    ['within the year', '2025-09-01', 0],
  ])('%s', (_n, d, expected) => {
    const f = run(DateEmpStatApp_01, '2526', [status(10, d)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'DateEmpStatApp', value: d });
  });
});

describe('2020-21 (the same check)', () => {
  it.each([
    ['2021-07-31', '2021-07-31', 0],
    ['2021-08-01', '2021-08-01', 1],
  ])('%s', (_n, d, expected) => {
    expect(run(DateEmpStatApp_01, '2021', [status(10, d)])).toHaveLength(expected);
  });
});
