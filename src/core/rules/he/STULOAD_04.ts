import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, startsFrom } from './he-shared';

/**
 * STULOAD_04 (error): for an aim with a LearningDeliveryHE record that started on or after 2013-08-01, the Student
 * instance FTE (STULOAD) must be returned. Same in ESFA's 2020-21 service.
 */
export const STULOAD_04 = heRule(
  officialMeta('STULOAD_04', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'STULOAD'], group: 'he' }),
  ({ aim, he }) => (startsFrom(aim, '2013-08-01') && !known(he, 'STULOAD') ? 'STULOAD' : undefined),
);
