import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { heOf, learnerHeOf } from './he-shared';

/**
 * LearnerHE_02 (error): a learner who returns a LearnerHE record must return a LearningDeliveryHE record on at least
 * one aim. Reported at the LearnerHE record. Same in ESFA's 2020-21 service.
 */
export const LearnerHE_02: LearnerRule = {
  ...officialMeta('LearnerHE_02', { entity: 'LearnerHE', fields: [], group: 'he' }),
  scope: 'learner',
  check(learner, ctx) {
    const lhe = learnerHeOf(learner);
    if (lhe && !deliveries(learner).some((a) => heOf(a) !== undefined)) ctx.report(lhe);
  },
};
