import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isApprenticeshipStandard, known } from './delivery-shared';

/** CompStatus_02 (error): an aim with a Learning actual end date must not be "continuing" (CompStatus 1); apprenticeship standard programme aims (AimType 1, FundModel 36/99, ProgType 25) excluded. */
export const CompStatus_02 = aimRule(
  officialMeta('CompStatus_02', { entity: 'LearningDelivery', fields: ['LearnActEndDate', 'CompStatus', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => (known(aim, 'LearnActEndDate') && int(aim, 'CompStatus') === 1 && !(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim, [36, 99])) ? 'CompStatus' : undefined),
);
