import { findingsOf, learnerWith } from '../testing';
import { EmpStat_05 } from './EmpStat_05';
import { ESMType_01 } from './ESMType_01';
import { ESMType_11 } from './ESMType_11';

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

describe('ESMType_01: the monitoring code must be valid for its type', () => {
  it.each([
    ['LOE 4', [['LOE', 4]], []],
    ['SEI 1', [['SEI', 1]], []],
    ['LOE 9 (not an LOE code)', [['LOE', 9]], ['9']],
    ['ABC 1 (unknown type)', [['ABC', 1]], ['1']],
  ] as [string, [string, number][], string[]][])('%s', (_n, esm, bad) => {
    const f = findingsOf(ESMType_01, '2526', emp(10, '2025-08-01', esm));
    expect(f.map((x) => x.value)).toEqual(bad);
    for (const x of f) expect(x).toMatchObject({ entity: 'EmploymentStatusMonitoring', field: 'ESMCode' });
  });
});

describe('ESMType_11: the date the status applies must not be after the code\'s valid-to date', () => {
  it.each([
    ['BSI 1 (valid to 2020-07-31) applying 2020-07-31 (boundary)', '2020-07-31', 0],
    ['BSI 1 applying 2020-08-01', '2020-08-01', 1],
  ])('%s', (_n, date, expected) => {
    expect(findingsOf(ESMType_11, '2526', emp(10, date, [['BSI', 1]]))).toHaveLength(expected);
  });

  it('does not report open-ended codes', () => {
    expect(findingsOf(ESMType_11, '2526', emp(10, '2025-09-01', [['LOE', 4]]))).toEqual([]);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it('InvalidItemRaisesValidationMessage: EmpStat 3', () => {
    expect(findingsOf(EmpStat_05, '2021', emp(3, '2020-08-01'))).toHaveLength(1);
  });
});
