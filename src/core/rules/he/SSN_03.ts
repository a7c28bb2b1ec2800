import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { heOf, known, startsFrom } from './he-shared';

/**
 * SSN_03 (error): an aim with a LearningDeliveryHE record that started on or after 1 August 2021 and returns no
 * Student support number (SSN) must return both the Net (NETFEE) and the Gross (GROSSFEE) tuition fee. Reported at the
 * first fee missing; when both are missing, GROSSFEE is related. Not in ESFA's 2020-21 service.
 */
export const SSN_03: LearnerRule = {
  ...officialMeta('SSN_03', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'SSN', 'NETFEE', 'GROSSFEE'], group: 'he', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const he = heOf(aim);
      if (!he || !startsFrom(aim, '2021-08-01') || known(he, 'SSN')) continue;
      const missing = ['NETFEE', 'GROSSFEE'].filter((f) => !known(he, f));
      if (missing.length === 0) continue;
      ctx.report(he, missing[0], { aim, related: missing.slice(1).map((field) => ({ record: he, field, aim })) });
    }
  },
};
