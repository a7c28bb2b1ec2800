import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, known } from './delivery-shared';

/** CompStatus_03 (error): an aim without a Learning actual end date must be "continuing" (CompStatus 1). */
export const CompStatus_03 = aimRule(
  officialMeta('CompStatus_03', { entity: 'LearningDelivery', fields: ['LearnActEndDate', 'CompStatus'], group: 'completion' }),
  (aim) => (!known(aim, 'LearnActEndDate') && int(aim, 'CompStatus') !== undefined && int(aim, 'CompStatus') !== 1 ? 'CompStatus' : undefined),
);
