import { deliveries, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { fundModelOf, progType } from './cross-shared';

/**
 * R_130 (error): a learner whose aims are all T Level programme aims (FundModel 25, ProgType 31; at least one aim) must
 * not return PlanLearnHours or PlanEEPHours: each returned one is reported. New in 2021-22.
 */
export const R_130: LearnerRule = {
  ...officialMeta('R_130', { entity: 'Learner', fields: ['FundModel', 'ProgType', 'PlanLearnHours', 'PlanEEPHours'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    if (aims.length === 0 || !aims.every((a) => fundModelOf(a) === 25 && progType(a) === 31)) return;
    for (const field of ['PlanLearnHours', 'PlanEEPHours']) if (text(learner, field) !== undefined) ctx.report(learner, field);
  },
};
