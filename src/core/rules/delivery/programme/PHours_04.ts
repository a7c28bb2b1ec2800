import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/** PHours_04 (error): PHours of zero or less on a T Level programme aim (AimType 1, FundModel 25, ProgType 31). */
export const PHours_04 = aimRule(
  officialMeta('PHours_04', { entity: 'LearningDelivery', fields: ['PHours', 'AimType', 'FundModel', 'ProgType'], group: 'programme' }),
  (aim) => {
    const hours = int(aim, 'PHours');
    return int(aim, 'AimType') === 1 && int(aim, 'FundModel') === 25 && int(aim, 'ProgType') === 31 && hours !== undefined && hours <= 0 ? 'PHours' : undefined;
  },
);
