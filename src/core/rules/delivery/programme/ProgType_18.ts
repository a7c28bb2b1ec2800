import { officialMeta } from '../../catalogue/official-meta';
import { deliveries } from '../../../model/access';
import type { LearnerRule } from '../../types';
import { int } from '../delivery-shared';
import { refStarts } from './programme-shared';

/**
 * ProgType_18 (error): a learner with a T Level Foundation Year aim (ProgType 30) has no core aim (AimType 5) with a
 * T Level Foundation Year class code (ZTPR…). Reported once, at the first ProgType 30 aim, as ESFA's 2020-21 service
 * did; the rule is the same in 2020-21.
 */
export const ProgType_18: LearnerRule = {
  ...officialMeta('ProgType_18', { entity: 'LearningDelivery', fields: ['ProgType', 'AimType', 'LearnAimRef'], group: 'programme' }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    const first = aims.find((a) => int(a, 'ProgType') === 30);
    if (!first) return;
    if (aims.some((a) => int(a, 'AimType') === 5 && refStarts(a, 'ZTPR'))) return;
    ctx.report(first, 'ProgType');
  },
};
