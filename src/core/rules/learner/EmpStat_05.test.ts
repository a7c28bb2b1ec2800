import { findingsOf, learnerWith } from '../testing';
import { EmpStat_05 } from './EmpStat_05';

const emp = (empStat: number, date = '2025-08-01', esm: [string, number][] = []) =>
  learnerWith({
    LearnerEmploymentStatus: [
      { EmpStat: empStat, DateEmpStatApp: date, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) },
    ],
  });

describe('EmpStat_05: the employment status must be a valid code', () => {
  it.each([
    [10, false],
    [98, false],
    [13, true],
    [1, true],
  ])('%p', (value, fires) => {
    for (const year of ['2526', '2021']) {
      const f = findingsOf(EmpStat_05, year, emp(value));
      expect(f).toHaveLength(fires ? 1 : 0);
      if (fires) expect(f[0]).toMatchObject({ entity: 'LearnerEmploymentStatus', field: 'EmpStat' });
    }
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it('InvalidItemRaisesValidationMessage: EmpStat 3', () => {
    expect(findingsOf(EmpStat_05, '2021', emp(3, '2020-08-01'))).toHaveLength(1);
  });
});
