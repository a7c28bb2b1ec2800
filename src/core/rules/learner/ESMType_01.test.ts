import { findingsOf, learnerWith } from '../testing';
import { ESMType_01 } from './ESMType_01';

const emp = (empStat: number, date = '2025-08-01', esm: [string, number][] = []) =>
  learnerWith({
    LearnerEmploymentStatus: [
      { EmpStat: empStat, DateEmpStatApp: date, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) },
    ],
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
