import { officialMeta } from '../../catalogue/official-meta';
import { date, deliveries } from '../../../model/access';
import type { LearnerRule } from '../../types';

/** LearnStartDate_05 (error): a LearnStartDate on or before the learner's DateOfBirth (when the date of birth is returned). */
export const LearnStartDate_05: LearnerRule = {
  ...officialMeta('LearnStartDate_05', { entity: 'LearningDelivery', fields: ['LearnStartDate', 'DateOfBirth'], group: 'programme' }),
  scope: 'learner',
  check(learner, ctx) {
    const dob = date(learner, 'DateOfBirth');
    if (dob === undefined) return;
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start !== undefined && dob >= start) ctx.report(aim, 'LearnStartDate', { related: [{ record: learner, field: 'DateOfBirth' }] });
    }
  },
};
