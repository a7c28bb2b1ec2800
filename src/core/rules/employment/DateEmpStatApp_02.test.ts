import { run, status } from './employment-testing';
import { DateEmpStatApp_02 } from './DateEmpStatApp_02';

describe('DateEmpStatApp_02: the date the status applies must not be before 1 August 1990', () => {
  it.each([
    ['31 July 1990', '1990-07-31', 1],
    ['1 August 1990 (boundary)', '1990-08-01', 0],
    ['2 August 1990', '1990-08-02', 0],
  ])('%s', (_n, d, expected) => {
    const f = run(DateEmpStatApp_02, '2526', [status(10, d)]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ field: 'DateEmpStatApp' });
  });

  it('reports each early status', () => {
    expect(run(DateEmpStatApp_02, '2526', [status(10, '1980-01-01'), status(11, '1989-01-01'), status(10, '2020-01-01')])).toHaveLength(2);
  });
});

describe('2020-21 (the same check)', () => {
  it.each([
    ['1990-07-31', '1990-07-31', 1],
    ['1990-08-01', '1990-08-01', 0],
  ])('%s', (_n, d, expected) => {
    expect(run(DateEmpStatApp_02, '2021', [status(10, d)])).toHaveLength(expected);
  });
});
