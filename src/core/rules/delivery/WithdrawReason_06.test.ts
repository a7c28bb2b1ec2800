import { aimFindings, esfaFindings, yearFindings } from './delivery-testing';
import { WithdrawReason_06 } from './WithdrawReason_06';

const withdrawn = { CompStatus: 3, LearnActEndDate: '2026-01-10', Outcome: 3 };
describe('WithdrawReason_06: reason 48 only on the industry placement aim ZWRKX002', () => {
  it.each([
    ['48 on another aim', { ...withdrawn, WithdrawReason: 48 }, 1],
    ['48 on ZWRKX002', { ...withdrawn, WithdrawReason: 48, LearnAimRef: 'ZWRKX002' }, 0],
    ['another reason on another aim', { ...withdrawn, WithdrawReason: 97 }, 0],
  ])('%s', (_n, fields, n) => expect(aimFindings(WithdrawReason_06, fields)).toHaveLength(n));
});

describe('2020-21 variant: only withdrawn aims (CompStatus 3) are checked', () => {
  it.each([
    ['2526', 'reason 48 on a completed aim (not ZWRKX002) fires in 2025-26', { CompStatus: 2, LearnActEndDate: '2026-01-10', Outcome: 1, WithdrawReason: 48 }, 1],
    ['2021', 'reason 48 on a completed aim (not ZWRKX002) does not fire in 2020-21', { CompStatus: 2, LearnActEndDate: '2021-01-10', Outcome: 1, WithdrawReason: 48 }, 0],
    ['2021', 'reason 48 on a withdrawn aim (not ZWRKX002) fires', { CompStatus: 3, LearnActEndDate: '2021-01-10', Outcome: 3, WithdrawReason: 48 }, 1],
    ['2021', 'reason 48 on a withdrawn ZWRKX002', { CompStatus: 3, LearnActEndDate: '2021-01-10', Outcome: 3, WithdrawReason: 48, LearnAimRef: 'zwrkx002' }, 0],
  ])('year %s: %s', (y, _n, fields, n) => expect(yearFindings(WithdrawReason_06, y, fields)).toHaveLength(n));
});

describe('2020-21 (ESFA 2020-21 service cases)', () => {
  // From WithdrawReason_06RuleTests. A test of one condition is a whole aim meeting the others (InvalidItem…: CompStatus
  // 3, reason 48, aim ZWRKX001).
  const met = { CompStatus: 3, WithdrawReason: 48, LearnAimRef: 'ZWRKX001' };
  it.each([
    ['InvalidItemRaisesValidationMessage, HasWithdrawn… (3), HasWithdrewAs… (48), HasQualifyingAim… (ZWRKX001)', met, 1],
    ['HasWithdrawnMeetsExpectation (1)', { ...met, CompStatus: 1 }, 0],
    ['HasWithdrawnMeetsExpectation (2)', { ...met, CompStatus: 2 }, 0],
    ['HasWithdrawnMeetsExpectation (6)', { ...met, CompStatus: 6 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (null)', { ...met, WithdrawReason: null }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (2)', { ...met, WithdrawReason: 2 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (3)', { ...met, WithdrawReason: 3 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (7)', { ...met, WithdrawReason: 7 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (28)', { ...met, WithdrawReason: 28 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (29)', { ...met, WithdrawReason: 29 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (40)', { ...met, WithdrawReason: 40 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (41)', { ...met, WithdrawReason: 41 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (42)', { ...met, WithdrawReason: 42 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (43)', { ...met, WithdrawReason: 43 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (44)', { ...met, WithdrawReason: 44 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (45)', { ...met, WithdrawReason: 45 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (46)', { ...met, WithdrawReason: 46 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (47)', { ...met, WithdrawReason: 47 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (97)', { ...met, WithdrawReason: 97 }, 0],
    ['HasWithdrewAsIndustrialPlacementLearnerMeetsExpectation (98)', { ...met, WithdrawReason: 98 }, 0],
    ['HasQualifyingAimMeetsExpectation (null)', { ...met, LearnAimRef: null }, 1],
    ['HasQualifyingAimMeetsExpectation (ZESF0001)', { ...met, LearnAimRef: 'ZESF0001' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0002347)', { ...met, LearnAimRef: 'Z0002347' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0007834)', { ...met, LearnAimRef: 'Z0007834' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0007835)', { ...met, LearnAimRef: 'Z0007835' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0007836)', { ...met, LearnAimRef: 'Z0007836' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0007837)', { ...met, LearnAimRef: 'Z0007837' }, 1],
    ['HasQualifyingAimMeetsExpectation (Z0007838)', { ...met, LearnAimRef: 'Z0007838' }, 1],
    ['HasQualifyingAimMeetsExpectation (ZWRKX002), ValidItemDoesNotRaiseAValidationMessage', { ...met, LearnAimRef: 'ZWRKX002' }, 0],
  ])('%s', (_n, fields, n) => expect(esfaFindings(WithdrawReason_06, fields)).toHaveLength(n));
});
