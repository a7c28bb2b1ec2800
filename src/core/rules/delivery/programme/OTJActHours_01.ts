import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** OTJActHours_01 (error): OTJActHours returned on an aim that is not the programme aim (AimType 1). */
export const OTJActHours_01 = aimRule(
  officialMeta('OTJActHours_01', { entity: 'LearningDelivery', fields: ['OTJActHours', 'AimType'], group: 'programme' }),
  (aim) => (known(aim, 'OTJActHours') && int(aim, 'AimType') !== 1 ? 'OTJActHours' : undefined),
);
