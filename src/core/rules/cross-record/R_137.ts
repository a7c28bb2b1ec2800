import { deliveries, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { isProgrammeAim, progType } from './cross-shared';

/**
 * R_137 (error): a learner with a T Level aim (ProgType 31) must have an occupational specialism aim (a LearnAimRef
 * beginning ZTLOS, compared case-insensitively). Reported once, at the T Level programme aim's ProgType (else at the
 * first T Level aim's). New in 2021-22.
 */
export const R_137: LearnerRule = {
  ...officialMeta('R_137', { entity: 'LearningDelivery', fields: ['ProgType', 'LearnAimRef'], group: 'cross-record', years: { from: '2122' } }),
  mentions: ['AimType'],
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    const tLevel = aims.filter((a) => progType(a) === 31);
    if (tLevel.length === 0) return;
    if (aims.some((a) => text(a, 'LearnAimRef')?.trim().toUpperCase().startsWith('ZTLOS'))) return;
    ctx.report(tLevel.find(isProgrammeAim) ?? tLevel[0]!, 'ProgType');
  },
};
