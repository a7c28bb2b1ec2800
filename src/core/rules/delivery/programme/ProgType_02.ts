import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** ProgType_02 (error): a ProgType on an aim not part of a programme (AimType 4). */
export const ProgType_02 = aimRule(
  officialMeta('ProgType_02', { entity: 'LearningDelivery', fields: ['ProgType', 'AimType'], group: 'programme' }),
  (aim) => (int(aim, 'AimType') === 4 && known(aim, 'ProgType') ? 'ProgType' : undefined),
);
