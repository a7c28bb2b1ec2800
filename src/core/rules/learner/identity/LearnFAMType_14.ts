import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { learnerFam } from './identity-shared';

/** LearnFAMType_14 (error): a learner must not have both SEN 1 and EHC 1. Reported at the SEN record, with the EHC record marked. */
export const LearnFAMType_14: LearnerRule = {
  ...officialMeta('LearnFAMType_14', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    const sen = learnerFam(learner, 'SEN', '1');
    const ehc = sen && learnerFam(learner, 'EHC', '1');
    if (sen && ehc) ctx.report(sen, 'LearnFAMType', { related: [{ record: ehc, field: 'LearnFAMType' }] });
  },
};
