import { officialMeta } from '../catalogue/official-meta';
import { heRule, known } from './he-shared';

/** GROSSFEE_01 (error): when the Net tuition fee (NETFEE) is returned, the Gross tuition fee (GROSSFEE) must be too. Same in ESFA's 2020-21 service. */
export const GROSSFEE_01 = heRule(
  officialMeta('GROSSFEE_01', { entity: 'LearningDeliveryHE', fields: ['NETFEE', 'GROSSFEE'], group: 'he' }),
  ({ he }) => (known(he, 'NETFEE') && !known(he, 'GROSSFEE') ? 'GROSSFEE' : undefined),
);
