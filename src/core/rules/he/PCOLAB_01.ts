import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, startsFrom } from './he-shared';

/**
 * PCOLAB_01 (error): for an aim with a LearningDeliveryHE record that started on or after 2013-08-01, when a
 * subcontracted or partnership UKPRN (PartnerUKPRN) is returned, the Percentage not taught by this institution
 * (PCOLAB) must be returned. Same in ESFA's 2020-21 service.
 */
export const PCOLAB_01 = heRule(
  officialMeta('PCOLAB_01', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'PartnerUKPRN', 'PCOLAB'], group: 'he' }),
  ({ aim, he }) => (startsFrom(aim, '2013-08-01') && known(aim, 'PartnerUKPRN') && !known(he, 'PCOLAB') ? 'PCOLAB' : undefined),
);
