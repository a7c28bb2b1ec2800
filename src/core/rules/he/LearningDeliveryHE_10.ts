import { deliveries, int } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { heOf, startsFrom } from './he-shared';

/**
 * LearningDeliveryHE_10 (error): a programme aim (AimType 1) that starts on or after 1 August 2025 must not return a
 * LearningDeliveryHE record. Reported at the HE record. New in 2025-26.
 */
export const LearningDeliveryHE_10: LearnerRule = {
  ...officialMeta('LearningDeliveryHE_10', { entity: 'LearningDeliveryHE', fields: ['AimType', 'LearnStartDate'], group: 'he', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const he = heOf(aim);
      if (he && int(aim, 'AimType') === 1 && startsFrom(aim, '2025-08-01')) ctx.report(he, undefined, { aim });
    }
  },
};
