import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, startsFrom } from './he-shared';

/**
 * NETFEE_01 (error): for an aim with a LearningDeliveryHE record that started on or after 2012-08-01, when the
 * Student support number (SSN) is not returned, the Net tuition fee (NETFEE) must be returned. Same in ESFA's
 * 2020-21 service.
 */
export const NETFEE_01 = heRule(
  officialMeta('NETFEE_01', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'SSN', 'NETFEE'], group: 'he' }),
  ({ aim, he }) => (startsFrom(aim, '2012-08-01') && !known(he, 'SSN') && !known(he, 'NETFEE') ? 'NETFEE' : undefined),
);
