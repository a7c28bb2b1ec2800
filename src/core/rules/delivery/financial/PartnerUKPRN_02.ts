import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from './financial-shared';

/** PartnerUKPRN_02 (error): no Subcontracted or partnership UKPRN on a programme aim (AimType 1). The same in ESFA's 2020-21 service. */
export const PartnerUKPRN_02 = aimRule(
  officialMeta('PartnerUKPRN_02', { entity: 'LearningDelivery', fields: ['PartnerUKPRN', 'AimType'], group: 'delivery-fields' }),
  (aim) => (int(aim, 'AimType') === 1 && known(aim, 'PartnerUKPRN') ? 'PartnerUKPRN' : undefined),
);
