import { kids } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from './financial-shared';

/**
 * PartnerUKPRN_03 (error): the Subcontracted or partnership UKPRN must not be the learning provider's own UKPRN
 * (LearningProvider.UKPRN, a header value, compared as numbers). The same in ESFA's 2020-21 service.
 */
export const PartnerUKPRN_03 = aimRule(
  officialMeta('PartnerUKPRN_03', { entity: 'LearningDelivery', fields: ['PartnerUKPRN'], group: 'delivery-fields' }),
  (aim, _l, ctx) => {
    const partner = int(aim, 'PartnerUKPRN');
    if (partner === undefined) return undefined;
    const provider = kids(ctx.message.root, 'LearningProvider')[0];
    return partner === int(provider, 'UKPRN') ? { field: 'PartnerUKPRN', related: provider ? [{ record: provider, field: 'UKPRN' }] : [] } : undefined;
  },
);
