import { officialMeta } from '../../catalogue/official-meta';
import { childRule, text } from './financial-shared';

/**
 * ProvSpecDelMonOccur_01 (error): a Provider specified delivery monitoring occurrence must be A, B, C or D. Compared in
 * any case, as ESFA's 2020-21 service does (the text names the letters, not their case); otherwise the same.
 */
const OCCURRENCES = ['A', 'B', 'C', 'D'];

export const ProvSpecDelMonOccur_01 = childRule(
  officialMeta('ProvSpecDelMonOccur_01', { entity: 'ProviderSpecDeliveryMonitoring', fields: ['ProvSpecDelMonOccur'], group: 'delivery-fields' }),
  'ProviderSpecDeliveryMonitoring',
  (rec) => {
    const occur = text(rec, 'ProvSpecDelMonOccur')?.trim().toUpperCase();
    return occur !== undefined && !OCCURRENCES.includes(occur) ? 'ProvSpecDelMonOccur' : undefined;
  },
);
