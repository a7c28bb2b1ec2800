import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, known } from './delivery-shared';

/** CompStatus_04 (error): an aim without an Outcome must be "continuing" (CompStatus 1). */
export const CompStatus_04 = aimRule(
  officialMeta('CompStatus_04', { entity: 'LearningDelivery', fields: ['Outcome', 'CompStatus'], group: 'completion' }),
  (aim) => (!known(aim, 'Outcome') && int(aim, 'CompStatus') !== undefined && int(aim, 'CompStatus') !== 1 ? 'CompStatus' : undefined),
);
