import { aimFindings, esfaFindings } from '../delivery-testing';
import { ConRefNumber_03 } from './ConRefNumber_03';

describe('ConRefNumber_03: no contract reference for these fund models', () => {
  it.each([
    [10, 1], [11, 1], [25, 1], [35, 1], [38, 1], [81, 1], [82, 1], [99, 1], [36, 0], [37, 0], [70, 0],
  ])('FundModel %s with a ConRefNumber', (fm, n) => {
    const f = aimFindings(ConRefNumber_03, { FundModel: fm, ConRefNumber: 'ABC-123' });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'ConRefNumber', value: 'ABC-123' });
  });
  it('no ConRefNumber', () => expect(aimFindings(ConRefNumber_03, { FundModel: 35 })).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // ConRefNumber_03RuleTests: Validate_Error (FundModel 10, "abc"), Validate_NoErrors (FundModel 10, none),
  // FundModelConditionMet_False (11); FundModel 36 is in the service's list.
  it.each([
    ['Validate_Error', { FundModel: 10, ConRefNumber: 'abc' }, 1],
    ['Validate_NoErrors', { FundModel: 10 }, 0],
    ['FundModelConditionMet_False (11)', { FundModel: 11, ConRefNumber: 'abc' }, 0],
    ['FundModel 36 is checked', { FundModel: 36, ConRefNumber: 'abc' }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(ConRefNumber_03, fields)).toHaveLength(n));
});
