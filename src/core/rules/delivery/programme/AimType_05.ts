import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/** AimType_05 (error): a core aim (AimType 5) on a funding model other than 16-19 (25) or Other 16-19 (82). */
export const AimType_05 = aimRule(
  officialMeta('AimType_05', { entity: 'LearningDelivery', fields: ['AimType', 'FundModel'], group: 'programme' }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return int(aim, 'AimType') === 5 && fm !== undefined && fm !== 25 && fm !== 82 ? 'AimType' : undefined;
  },
);
