import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimType, isProgrammeAim, progType, withoutPartner } from './cross-shared';
import { T_LEVEL_PROG_TYPES } from './R_125';

/**
 * R_126 (error): a T Level or T Level Foundation Year programme aim (AimType 1, ProgType 30 or 31) must have a component
 * or core aim (AimType 3 or 5) with the same FundModel and ProgType. Each programme aim without one is reported at its
 * AimType. The same in ESFA's 2020-21 service.
 */
export const R_126: LearnerRule = {
  ...officialMeta('R_126', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'FundModel'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const subject = (a: Parameters<typeof isProgrammeAim>[0]): boolean => isProgrammeAim(a) && T_LEVEL_PROG_TYPES.includes(progType(a) ?? -1);
    const partner = (a: Parameters<typeof isProgrammeAim>[0]): boolean => aimType(a) === 3 || aimType(a) === 5;
    for (const a of withoutPartner(learner, subject, partner, ['FundModel', 'ProgType'])) ctx.report(a, 'AimType');
  },
};
