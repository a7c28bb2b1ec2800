import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/** FundModel_11 (error): a T Level aim (ProgType 31) that is not 16-19 funded (FundModel 25). */
export const FundModel_11 = aimRule(
  officialMeta('FundModel_11', { entity: 'LearningDelivery', fields: ['FundModel', 'ProgType'], group: 'programme' }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return int(aim, 'ProgType') === 31 && fm !== undefined && fm !== 25 ? 'FundModel' : undefined;
  },
);
