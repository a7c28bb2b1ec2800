import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import { aimRule, int } from '../delivery-shared';

/**
 * FundModel_04 (error): an aim of an apprenticeship (DD07) funded as 16-19 (FundModel 25 or 82). DD07 follows the year
 * (ProgType 25; before 2025-26 also the framework ProgTypes 2, 3, 20–23), as ESFA's 2020-21 service did.
 */
export const FundModel_04 = aimRule(
  officialMeta('FundModel_04', { entity: 'LearningDelivery', fields: ['FundModel', 'ProgType'], group: 'programme' }),
  (aim, ctx) => {
    const fm = int(aim, 'FundModel');
    return (fm === 25 || fm === 82) && isApprenticeship(aim, ctx.year) ? 'FundModel' : undefined;
  },
);
