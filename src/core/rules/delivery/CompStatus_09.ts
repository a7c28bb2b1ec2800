import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int } from './delivery-shared';

/** CompStatus_09 (warning): the Skills Bootcamp event aims (Z0059747, Z0059748, Z0059749) should be completed (CompStatus 2). */
const EVENT_AIMS = new Set(['Z0059747', 'Z0059748', 'Z0059749']);

export const CompStatus_09 = aimRule(
  officialMeta('CompStatus_09', { entity: 'LearningDelivery', fields: ['CompStatus', 'LearnAimRef'], group: 'completion', years: { from: '2122' } }),
  (aim) => (EVENT_AIMS.has(text(aim, 'LearnAimRef')?.trim().toUpperCase() ?? '') && int(aim, 'CompStatus') !== 2 ? 'CompStatus' : undefined),
);
