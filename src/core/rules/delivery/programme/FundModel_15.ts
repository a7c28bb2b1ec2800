import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import { aimRule, int } from '../delivery-shared';
import { FAM_FIELDS } from './programme-shared';

/** FundModel_15 (error): the 'Level 3 Free Courses for Jobs' monitoring code (LDM 378) on an aim that is not FundModel 35 or 38. Not in ESFA's 2020-21 service. */
export const FundModel_15 = aimRule(
  officialMeta('FundModel_15', { entity: 'LearningDelivery', fields: ['FundModel', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return fm !== undefined && fm !== 35 && fm !== 38 && hasDeliveryFam(aim, 'LDM', '378') ? 'FundModel' : undefined;
  },
);
