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

const emp2021 = (esm: [string, number][]) =>
  learnerWith({
    LearnerEmploymentStatus: [{ EmpStat: 10, DateEmpStatApp: '2020-08-01', EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) }],
  });
const split = (typeCode: string): [string, number] => [typeCode.slice(0, 3), Number(typeCode.slice(3))];

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // ValidItemDoesNotRaiseValidationMessage, less EII1 (ESFA's reference data had it; the 2020-21 lookups shipped do not)
  const valid = 'EII5 EII6 EII3 EII4 EII7 EII8 LOE2 LOE3 EII2 LOE4 LOE1 PEI1 BSI5 BSI6 BSI3 BSI2 BSI1 BSI4 SEI1 SEM1 LOU3 LOU4 LOU5 LOU2 LOU1'.split(' ');
  // InvalidItemRaisesValidationMessage, less BSI5 (a valid code in the 2020-21 lookups, mocked as invalid there)
  const invalid = 'BSI0 EII0 EII9 LOE0 LOE5 LOU0 LOU6 PEI0 PEI2 SEI0 SEI2 SEM0 SEM2'.split(' ');
  it.each([...valid.map((c) => [`ValidItemDoesNotRaiseValidationMessage: ${c}`, c, 0] as const), ...invalid.map((c) => [`InvalidItemRaisesValidationMessage: ${c}`, c, 1] as const)])(
    '%s',
    (_n, typeCode, expected) => {
      expect(findingsOf(ESMType_01, '2021', emp2021([split(typeCode)]))).toHaveLength(expected);
    },
  );

  it('ValidItemWithEmptyEmploymentsDoesNotRaiseValidationMessage: a status with no monitoring', () => {
    expect(findingsOf(ESMType_01, '2021', emp2021([]))).toEqual([]);
  });

  it('ValidItemWithNullEmploymentsDoesNotRaiseValidationMessage: no employment status', () => {
    expect(findingsOf(ESMType_01, '2021', learnerWith({}))).toEqual([]);
  });
});
