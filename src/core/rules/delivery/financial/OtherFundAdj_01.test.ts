import { aimFindings, esfaFindings } from '../delivery-testing';
import { OtherFundAdj_01 } from './OtherFundAdj_01';

describe('OtherFundAdj_01: no other funding adjustment for FundModel 10, 25, 82', () => {
  it.each([[10, 1], [25, 1], [82, 1], [35, 0], [36, 0], [70, 0], [99, 0]])('FundModel %s', (fm, n) => {
    const f = aimFindings(OtherFundAdj_01, { FundModel: fm, OtherFundAdj: 50 });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'OtherFundAdj', value: '50' });
  });
  it('not returned', () => expect(aimFindings(OtherFundAdj_01, { FundModel: 25 })).toHaveLength(0));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // OtherFundAdj_01RuleTests: Validate_Error (FundModel 25, 100), Validate_NoError (FundModel 25, none); FundModel 70
  // is in the service's list.
  it.each([
    ['Validate_Error', { FundModel: 25, OtherFundAdj: 100 }, 1],
    ['Validate_NoError', { FundModel: 25 }, 0],
    ['FundModel 70', { FundModel: 70, OtherFundAdj: 100 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(OtherFundAdj_01, fields)).toHaveLength(n));
});
