import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, startsFrom } from './he-shared';

/**
 * QUALENT3_01 (error): for an aim with a LearningDeliveryHE record that started on or after 2010-08-01, the
 * Qualification on entry (QUALENT3) must be returned. Same in ESFA's 2020-21 service.
 */
export const QUALENT3_01 = heRule(
  officialMeta('QUALENT3_01', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'QUALENT3'], group: 'he' }),
  ({ aim, he }) => (startsFrom(aim, '2010-08-01') && !known(he, 'QUALENT3') ? 'QUALENT3' : undefined),
);
