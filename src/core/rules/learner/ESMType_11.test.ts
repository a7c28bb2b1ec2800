import { findingsOf, learnerWith } from '../testing';
import { ESMType_11 } from './ESMType_11';

const emp = (empStat: number, date = '2025-08-01', esm: [string, number][] = []) =>
  learnerWith({
    LearnerEmploymentStatus: [
      { EmpStat: empStat, DateEmpStatApp: date, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) },
    ],
  });

describe('ESMType_11: the date the status applies must not be after the code\'s valid-to date', () => {
  it.each([
    ['BSI 2 (valid to 2020-07-31) applying 2020-07-31 (boundary)', '2020-07-31', 0],
    ['BSI 2 applying 2020-08-01', '2020-08-01', 1],
  ])('%s', (_n, date, expected) => {
    expect(findingsOf(ESMType_11, '2526', emp(10, date, [['BSI', 2]]))).toHaveLength(expected);
  });

  it('BSI 1 (JSA) is not end-dated (the 2020-21 summary of changes end-dated only BSI 2 and 3)', () => {
    expect(findingsOf(ESMType_11, '2526', emp(10, '2025-09-01', [['BSI', 1]]))).toEqual([]);
  });

  it('does not report open-ended codes', () => {
    expect(findingsOf(ESMType_11, '2526', emp(10, '2025-09-01', [['LOE', 4]]))).toEqual([]);
  });
});

const emp2021 = (date: string, esm: [string, number][]) =>
  learnerWith({
    LearnerEmploymentStatus: [{ EmpStat: 10, DateEmpStatApp: date, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) }],
  });

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string, [string, number][], number]>([
    ['InQualifyingPeriodMeetsExpectation: LOE 4 current on 2012-08-01', '2012-08-01', [['LOE', 4]], 0],
    ['InQualifyingPeriodMeetsExpectation: LOE 1 current on 2014-03-17', '2014-03-17', [['LOE', 1]], 0],
    ['IsNotValidWithNullMonitoringsReturnsFalse: no monitoring', '2020-08-01', [], 0],
    ['IsNotValidWithEmptyMonitoringsReturnsFalse: no monitoring', '2020-08-01', [], 0],
  ])('%s', (_n, date, esm, expected) => {
    expect(findingsOf(ESMType_11, '2021', emp2021(date, esm))).toHaveLength(expected);
  });
});

describe('the years differ: a type and code not in the list', () => {
  it.each([
    ['2021', '2020-08-01', 1], // ESFA's 2020-21 service: not current, so reported (as well as by ESMType_01)
    ['2526', '2025-08-01', 0], // ESMType_01's to report
  ] as const)('%s', (year, date, expected) => {
    expect(findingsOf(ESMType_11, year, emp2021(date, [['LOU', 9]]))).toHaveLength(expected);
  });
});
