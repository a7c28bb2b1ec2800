import { aimFindings, esfaFindings } from '../delivery-testing';
import { WorkPlaceStartDate_04 } from './WorkPlaceStartDate_04';

describe('WorkPlaceStartDate_04: industry placements are 16-19 funded (FundModel 25)', () => {
  it.each([
    ['ZWRKX002', 35, 1], ['ZWRKX003', 35, 1], ['ZWRKX002', 25, 0], ['ZWRKX003', 25, 0], ['ZWRKX002', 99, 0], ['ZWRKX001', 35, 0],
  ])('%s, FundModel %s', (ref, fm, n) => {
    const f = aimFindings(WorkPlaceStartDate_04, { LearnAimRef: ref, FundModel: fm });
    expect(f).toHaveLength(n);
    if (n) expect(f[0]).toMatchObject({ field: 'FundModel', value: String(fm) });
  });
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // WorkPlaceStartDate_04RuleTests: Validate_Error_ZWRKX002/ZWRKX003 (FundModel 35), Validate_NoError (ZWRKX002, 25),
  // LearnAimRefAndFundModelMeetsExpectation (ZWRKX123, 35: false); FundModel 99 is not excluded.
  it.each([
    ['Validate_Error_ZWRKX002', { LearnAimRef: 'ZWRKX002', FundModel: 35 }, 1],
    ['Validate_Error_ZWRKX003', { LearnAimRef: 'ZWRKX003', FundModel: 35 }, 1],
    ['Validate_NoError', { LearnAimRef: 'ZWRKX002', FundModel: 25 }, 0],
    ['LearnAimRefAndFundModelMeetsExpectation (ZWRKX123, 35)', { LearnAimRef: 'ZWRKX123', FundModel: 35 }, 0],
    ['FundModel 99 not excluded', { LearnAimRef: 'ZWRKX003', FundModel: 99 }, 1],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WorkPlaceStartDate_04, fields)).toHaveLength(n));
});
