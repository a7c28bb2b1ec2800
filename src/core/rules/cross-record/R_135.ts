import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { isComponentAim, isProgrammeAim, progType, withoutPartner } from './cross-shared';

/**
 * R_135 (error): a Skills Bootcamp component aim (AimType 3, ProgType 32) must have a programme aim (AimType 1) with the
 * same FundModel, ProgType and ConRefNumber. Each component without one is reported at its ConRefNumber (the usual
 * mismatch). New in 2021-22.
 */
export const R_135: LearnerRule = {
  ...officialMeta('R_135', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'FundModel', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const a of withoutPartner(learner, (x) => isComponentAim(x) && progType(x) === 32, isProgrammeAim, ['FundModel', 'ProgType', 'ConRefNumber'])) ctx.report(a, 'ConRefNumber');
  },
};
