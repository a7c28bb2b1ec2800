import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, isApprenticeshipStandard, known, until2021 } from './delivery-shared';

/**
 * CompStatus_02 (error): an aim with a Learning actual end date must not be "continuing" (CompStatus 1);
 * apprenticeship standard programme aims (AimType 1, FundModel 36/99, ProgType 25) excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (CompStatus_02Rule) excludes every aim funded by FundModel 36 and every
 * aim of ProgType 25, whatever its AimType (it fires only when FundModel <> 36 and ProgType <> 25): a standard's
 * component aims, FundModel 36 framework aims and trailblazer (FundModel 81) standards do not fire in 2020-21.
 */
export const CompStatus_02: LearnerRule = {
  ...aimRule(officialMeta('CompStatus_02', { entity: 'LearningDelivery', fields: ['LearnActEndDate', 'CompStatus', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }), (aim) =>
    known(aim, 'LearnActEndDate') && int(aim, 'CompStatus') === 1 && !(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim, [36, 99])) ? 'CompStatus' : undefined,
  ),
  variants: [
    until2021(
      ['LearnActEndDate', 'CompStatus', 'FundModel', 'ProgType'],
      (aim) => (known(aim, 'LearnActEndDate') && int(aim, 'CompStatus') === 1 && int(aim, 'FundModel') !== 36 && int(aim, 'ProgType') !== 25 ? 'CompStatus' : undefined),
      "ESFA's 2020-21 service excludes every aim of FundModel 36 and every aim of ProgType 25, whatever its AimType.",
    ),
  ],
};
