import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** FundModel_14 (error): OTJActHours returned on an aim that is not apprenticeship funded (FundModel 36). */
export const FundModel_14 = aimRule(
  officialMeta('FundModel_14', { entity: 'LearningDelivery', fields: ['FundModel', 'OTJActHours'], group: 'programme' }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return known(aim, 'OTJActHours') && fm !== undefined && fm !== 36 ? 'FundModel' : undefined;
  },
);
