import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimType, isProgrammeAim, progType, withoutPartner } from './cross-shared';

/** T Level (31) and T Level Foundation Year (30; 2020-21's T Level transition programme). */
export const T_LEVEL_PROG_TYPES: readonly number[] = [30, 31];

/**
 * R_125 (error): a T Level or T Level Foundation Year component or core aim (AimType 3 or 5, ProgType 30 or 31) must
 * have a programme aim (AimType 1) with the same FundModel and ProgType. Each aim without one is reported at its
 * AimType. The same in ESFA's 2020-21 service.
 */
export const R_125: LearnerRule = {
  ...officialMeta('R_125', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'FundModel'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const subject = (a: Parameters<typeof isProgrammeAim>[0]): boolean => (aimType(a) === 3 || aimType(a) === 5) && T_LEVEL_PROG_TYPES.includes(progType(a) ?? -1);
    for (const a of withoutPartner(learner, subject, isProgrammeAim, ['FundModel', 'ProgType'])) ctx.report(a, 'AimType');
  },
};
