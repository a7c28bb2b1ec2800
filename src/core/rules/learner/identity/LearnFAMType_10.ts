import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { famOccurrenceCheck } from './identity-shared';

/** LearnFAMType_10 (error): a learner must not have more than four LearnerFAMs of type LSR. Reported at the fifth, with the others marked. */
export const LearnFAMType_10: LearnerRule = {
  ...officialMeta('LearnFAMType_10', { entity: 'LearnerFAM', fields: ['LearnFAMType'], group: 'identity' }),
  scope: 'learner',
  check: famOccurrenceCheck(['LSR'], 4),
};
