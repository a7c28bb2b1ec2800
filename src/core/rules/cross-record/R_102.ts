import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimFams, famsByDateFrom } from './cross-shared';

/**
 * R_102 (error): an aim with ACT records must have one whose LearnDelFAMDateFrom is the aim's LearnStartDate. The
 * earliest ACT record is reported at its LearnDelFAMDateFrom, the aim's LearnStartDate as `related`. The same in ESFA's
 * 2020-21 service. (An aim without a start date is left to the start date's own rules.)
 */
export const R_102: LearnerRule = {
  ...officialMeta('R_102', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnStartDate'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const acts = aimFams(aim, 'ACT');
      if (acts.length === 0) continue;
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || acts.some((f) => date(f, 'LearnDelFAMDateFrom') === start)) continue;
      ctx.report(famsByDateFrom(acts)[0]!, 'LearnDelFAMDateFrom', { aim, related: [{ record: aim, field: 'LearnStartDate' }] });
    }
  },
};
