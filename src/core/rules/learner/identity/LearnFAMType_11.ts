import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { famOccurrenceCheck } from './identity-shared';

/** LearnFAMType_11 (error): a learner must not have more than two LearnerFAMs of type NLM, nor more than two of type EDF. Reported at the third of the type, with the others marked. */
export const LearnFAMType_11: LearnerRule = {
  ...officialMeta('LearnFAMType_11', { entity: 'LearnerFAM', fields: ['LearnFAMType'], group: 'identity' }),
  scope: 'learner',
  check: famOccurrenceCheck(['NLM', 'EDF'], 2),
};
