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
    ['BSI 1 (valid to 2020-07-31) applying 2020-07-31 (boundary)', '2020-07-31', 0],
    ['BSI 1 applying 2020-08-01', '2020-08-01', 1],
  ])('%s', (_n, date, expected) => {
    expect(findingsOf(ESMType_11, '2526', emp(10, date, [['BSI', 1]]))).toHaveLength(expected);
  });

  it('does not report open-ended codes', () => {
    expect(findingsOf(ESMType_11, '2526', emp(10, '2025-09-01', [['LOE', 4]]))).toEqual([]);
  });
});
