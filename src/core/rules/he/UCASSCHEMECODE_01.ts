import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, learnerHeOf, startsFrom } from './he-shared';

/**
 * UCASSCHEMECODE_01 (error): when the learner returns a UCAS personal ID (LearnerHE.UCASPERID), an aim with a
 * LearningDeliveryHE record started on or after 1 August 2013 must return the UCAS scheme code (UCASSCHEMECODE). (The
 * text's "UCAS application code" is this field in 2025-26.) ESFA's 2020-21 service had the rule as UCASAPPID_01 (field
 * UCASAPPID), which the 2020-21 list does not map to this one.
 */
export const UCASSCHEMECODE_01 = heRule(
  officialMeta('UCASSCHEMECODE_01', { entity: 'LearningDeliveryHE', fields: ['UCASPERID', 'LearnStartDate', 'UCASSCHEMECODE'], group: 'he', years: { from: '2122' } }),
  ({ learner, aim, he }) => (known(learnerHeOf(learner), 'UCASPERID') && startsFrom(aim, '2013-08-01') && !known(he, 'UCASSCHEMECODE') ? 'UCASSCHEMECODE' : undefined),
);
