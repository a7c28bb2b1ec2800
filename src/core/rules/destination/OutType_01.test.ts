import { findingsOf } from '../testing';
import { dpSpec, out } from './dp-fixtures';
import { OutType_01 } from './OutType_01';

describe('OutType_01: valid Outcome type and code combination', () => {
  it.each([
    ['EMP 1', 'EMP', '1', 0],
    ['EDU 6', 'EDU', '6', 0],
    ['lower-case type', 'emp', '1', 0],
    ['code with a leading zero', 'EMP', '01', 0],
    ['OTH 2 (withdrawn code still in the list)', 'OTH', '2', 0],
    ['EMP 3 (not a code)', 'EMP', '3', 1],
    ['GAP 2', 'GAP', '2', 1],
    ['EDU 7 (unassigned)', 'EDU', '7', 1],
    ['unknown type', 'XYZ', '1', 1],
  ])('%s', (_n, type, code, expected) => {
    const f = findingsOf(OutType_01, '2021', dpSpec([out({ OutType: type, OutCode: code })]));
    expect(f).toHaveLength(expected);
    if (expected) expect(f[0]).toMatchObject({ rule: 'OutType_01', severity: 'error', entity: 'DPOutcome', field: 'OutCode', learnRefNumber: 'L0001' });
  });

  it('leaves an outcome without a type to the field-definition rules', () => {
    expect(findingsOf(OutType_01, '2021', dpSpec([out({ OutType: undefined })]))).toHaveLength(0);
  });

  it('reports each bad outcome', () => {
    expect(findingsOf(OutType_01, '2021', dpSpec([out({ OutCode: 9 }), out(), out({ OutType: 'VOL', OutCode: 2 })]))).toHaveLength(2);
  });

  it('is advice, marked as such, in a year without the DP entity', () => {
    const f = findingsOf(OutType_01, '2526', dpSpec([out({ OutCode: 9 })]));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('advice');
    expect(f[0]!.message).toMatch(/advice: the 2025-26 ILR has no Destination and Progression entity/);
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  it.each<[string, string | undefined, number, number]>([
    ['OutTypeConditionMet_False: no OutType', undefined, 1, 0],
    ['OutCodeConditionMet_True: EDU 10', 'EDU', 10, 1],
    ['OutCodeConditionMet_True: XXX 1', 'XXX', 1, 1],
    ['OutCodeConditionMet_False: EDU 1', 'EDU', 1, 0],
    ['ConditionMet_True: EDU 10', 'EDU', 10, 1],
    ['ConditionMet_True: XXX 1', 'XXX', 1, 1],
    ['ConditionMet_False: EDU 1', 'EDU', 1, 0],
    ['ConditionMet_False: no OutType, code 1', undefined, 1, 0],
    ['Validate_Errors: EDU 10', 'EDU', 10, 1],
    ['Validate_Errors: XXX 1', 'XXX', 1, 1],
    ['Validate_NoErrors: EDU 1', 'EDU', 1, 0],
    ['Validate_NoErrors: no OutType, code 1', undefined, 1, 0],
  ])('%s', (_n, type, code, expected) => {
    const o = out({ OutCode: code });
    if (type === undefined) delete o.OutType;
    else o.OutType = type;
    expect(findingsOf(OutType_01, '2021', dpSpec([o]))).toHaveLength(expected);
  });
});
