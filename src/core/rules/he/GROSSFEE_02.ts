import { officialMeta } from '../catalogue/official-meta';
import { code, heRule } from './he-shared';

/** GROSSFEE_02 (error): when both are returned, the Gross tuition fee (GROSSFEE) must not be less than the Net tuition fee (NETFEE). Same in ESFA's 2020-21 service. */
export const GROSSFEE_02 = heRule(
  officialMeta('GROSSFEE_02', { entity: 'LearningDeliveryHE', fields: ['NETFEE', 'GROSSFEE'], group: 'he' }),
  ({ he }) => {
    const net = code(he, 'NETFEE');
    const gross = code(he, 'GROSSFEE');
    return net !== undefined && gross !== undefined && gross < net ? 'GROSSFEE' : undefined;
  },
);
