import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { isComponentAim, isProgrammeAim, progType, withoutPartner } from './cross-shared';

/**
 * R_136 (error): a Skills Bootcamp programme aim (AimType 1, ProgType 32) must have a component aim (AimType 3) with the
 * same FundModel, ProgType and ConRefNumber. Each programme aim without one is reported at its ConRefNumber. (The
 * official message is R_135's, about component aims; it is kept as published.) New in 2021-22.
 */
export const R_136: LearnerRule = {
  ...officialMeta('R_136', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'FundModel', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const a of withoutPartner(learner, (x) => isProgrammeAim(x) && progType(x) === 32, isComponentAim, ['FundModel', 'ProgType', 'ConRefNumber'])) ctx.report(a, 'ConRefNumber');
  },
};
