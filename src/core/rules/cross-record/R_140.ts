import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { bootcampGroups, isOpen } from './cross-shared';

/**
 * R_140 (error): a Skills Bootcamp component aim (AimType 3, ProgType 32) must not stay open (no LearnActEndDate) when
 * the latest programme aim of its bootcamp (same FundModel, ProgType and ConRefNumber) has a LearnActEndDate. Each open
 * component is reported at its LearnActEndDate, the programme aim's LearnActEndDate as `related`. New in 2021-22.
 */
export const R_140: LearnerRule = {
  ...officialMeta('R_140', { entity: 'LearningDelivery', fields: ['ProgType', 'AimType', 'LearnActEndDate', 'FundModel', 'ConRefNumber', 'LearnStartDate'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const { latest, components } of bootcampGroups(learner)) {
      if (!latest || date(latest, 'LearnActEndDate') === undefined) continue;
      for (const c of components) if (isOpen(c)) ctx.report(c, 'LearnActEndDate', { related: [{ record: latest, field: 'LearnActEndDate' }] });
    }
  },
};
