import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';
import { refStarts } from './programme-shared';

/** AimType_09 (error): a T Level Foundation Year class code (LearnAimRef ZTPR…) that is not the core aim (AimType 5). */
export const AimType_09 = aimRule(
  officialMeta('AimType_09', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'AimType'], group: 'programme' }),
  (aim) => (refStarts(aim, 'ZTPR') && int(aim, 'AimType') !== 5 ? 'AimType' : undefined),
);
