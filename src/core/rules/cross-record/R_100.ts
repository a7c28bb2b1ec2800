import { deliveries, int, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { codeKey, fundModelOf, isProgrammeAim, progType } from './cross-shared';

/**
 * R_100 (error): a completed (CompStatus 2) apprenticeship standard programme aim (AimType 1, ProgType 25) must have an
 * assessment price: an AppFinRecord of AFinType TNP with AFinCode 2 or 4. Non-funded standards (FundModel 99) are
 * excluded. Reported at the aim's CompStatus (the record to add is missing). The same in ESFA's 2020-21 service.
 */
export const R_100: LearnerRule = {
  ...officialMeta('R_100', { entity: 'LearningDelivery', fields: ['CompStatus', 'ProgType', 'AimType', 'FundModel', 'AFinType', 'AFinCode'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      if (!isProgrammeAim(aim) || progType(aim) !== 25 || int(aim, 'CompStatus') !== 2 || fundModelOf(aim) === 99) continue;
      const priced = kids(aim, 'AppFinRecord').some((r) => text(r, 'AFinType')?.trim().toUpperCase() === 'TNP' && ['2', '4'].includes(codeKey(text(r, 'AFinCode')) ?? ''));
      if (!priced) ctx.report(aim, 'CompStatus');
    }
  },
};
