import { run, status } from './employment-testing';
import { EmpId_02 } from './EmpId_02';

describe('EmpId_02: the employer identifier must pass the check-sum (DD05)', () => {
  it.each([
    ['100000002 (check digit 2)', '100000002', 0],
    ['100000001 (check digit should be 2)', '100000001', 1],
    ['123456789 (check digit 9)', '123456789', 0],
    ['123456788', '123456788', 1],
    ['200000004 (check digit 4)', '200000004', 0],
    ['999999990 (check digit 0)', '999999990', 0],
    ['temporary employer ID 999999999 (exempt)', '999999999', 0],
    ['check digit would be X (10): 100000109', '100000109', 1],
    ['eight digits', '20000000', 1],
  ])('%s', (_n, id, expected) => {
    const f = run(EmpId_02, '2526', [status(10, '2025-08-01', [], { EmpId: id })]);
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpId', value: id });
  });

  it('no EmpId', () => {
    expect(run(EmpId_02, '2526', [status(10, '2025-08-01')])).toEqual([]);
  });
});

describe('2020-21 (the same check; ESFA 2020-21 service cases with real check digits)', () => {
  it.each([
    ['ValidTemporaryItemDoesNotRaiseValidationMessage: 999999999', '999999999', 0],
    ['an identifier failing the check-sum: 200000003', '200000003', 1],
  ])('%s', (_n, id, expected) => {
    expect(run(EmpId_02, '2021', [status(10, '2020-08-01', [], { EmpId: id })])).toHaveLength(expected);
  });
});
