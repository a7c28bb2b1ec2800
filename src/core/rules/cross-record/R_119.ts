import { date, deliveries, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';

/**
 * R_119 (error): for an aim started on or after 1 February 2019, a total negotiated price record (AFinType TNP with an
 * AFinCode) must not be dated (AFinDate) before the aim's LearnStartDate. Each such record is reported at its AFinDate,
 * the aim's LearnStartDate as `related`. The same in ESFA's 2020-21 service.
 */
export const R_119: LearnerRule = {
  ...officialMeta('R_119', { entity: 'AppFinRecord', fields: ['LearnStartDate', 'AFinType', 'AFinCode', 'AFinDate'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || start < '2019-02-01') continue;
      for (const r of kids(aim, 'AppFinRecord')) {
        if (text(r, 'AFinType')?.trim().toUpperCase() !== 'TNP' || text(r, 'AFinCode') === undefined) continue;
        const on = date(r, 'AFinDate');
        if (on !== undefined && on < start) ctx.report(r, 'AFinDate', { aim, related: [{ record: aim, field: 'LearnStartDate' }] });
      }
    }
  },
};
