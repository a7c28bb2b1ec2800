import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { learnerFam } from './identity-shared';

/**
 * LearnFAMType_17 (error): a learner must not have both NLM 21 and NLM 22. Reported at the NLM 21 record (the text: where
 * NLM 22 is returned, NLM 21 must not be), with the NLM 22 record marked. Not in ESFA's 2020-21 service.
 */
export const LearnFAMType_17: LearnerRule = {
  ...officialMeta('LearnFAMType_17', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'identity', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const nlm22 = learnerFam(learner, 'NLM', '22');
    const nlm21 = nlm22 && learnerFam(learner, 'NLM', '21');
    if (nlm22 && nlm21) ctx.report(nlm21, 'LearnFAMCode', { related: [{ record: nlm22, field: 'LearnFAMCode' }] });
  },
};
