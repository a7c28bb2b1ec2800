import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam } from './fields-shared';

/** ALSCost_02 (error): a Learning support cost (ALSCost) needs a High Needs Students LearnerFAM (HNS). Same in ESFA's 2020-21 service. */
export const ALSCost_02: LearnerRule = {
  ...officialMeta('ALSCost_02', { entity: 'Learner', fields: ['ALSCost', 'LearnFAMType'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'ALSCost') !== undefined && !hasLearnerFam(learner, 'HNS')) ctx.report(learner, 'ALSCost');
  },
};
