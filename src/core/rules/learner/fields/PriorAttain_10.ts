import { date, kids } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';

/**
 * PriorAttain_10 (error): a learner must not have more than one PriorAttain record with the same DateLevelApp.
 * Decision: the Description says "the same date and level"; the DetailedDescription and the message ("on the same
 * date") compare the date only, and are followed. Each later record of a date is reported, with the first. The
 * PriorAttain record exists from 2021-22.
 */
export const PriorAttain_10: LearnerRule = {
  ...officialMeta('PriorAttain_10', { entity: 'PriorAttain', fields: ['DateLevelApp'], group: 'learner-fields', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const records = kids(learner, 'PriorAttain');
    if (records.length < 2) return;
    const first = new Map<string, IlrRecord>();
    for (const p of records) {
      const d = date(p, 'DateLevelApp');
      if (d === undefined) continue;
      const earlier = first.get(d);
      if (earlier) ctx.report(p, 'DateLevelApp', { related: [{ record: earlier, field: 'DateLevelApp' }] });
      else first.set(d, p);
    }
  },
};
