import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** ProgType_01 (error): a programme or component aim (AimType 1 or 3) without a ProgType. */
export const ProgType_01 = aimRule(
  officialMeta('ProgType_01', { entity: 'LearningDelivery', fields: ['ProgType', 'AimType'], group: 'programme' }),
  (aim) => {
    const type = int(aim, 'AimType');
    return (type === 1 || type === 3) && !known(aim, 'ProgType') ? 'ProgType' : undefined;
  },
);
