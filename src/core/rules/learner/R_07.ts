import { deliveries, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { othersOf } from '../related';

/**
 * R_07 (error): a learner must not have more than one LearningDelivery with the same AimSeqNumber. Every aim that shares
 * its number is reported at its own AimSeqNumber cell. (ESFA's 2020-21 service reports once per learner, listing the
 * numbers; the condition is the same, so one finding per aim is kept for both years: it points at each cell to fix.)
 * Numbers are compared as numbers ("01" = "1"), as the service reads them as integers.
 */
export const R_07: LearnerRule = {
  ...officialMeta('R_07', { entity: 'LearningDelivery', fields: ['AimSeqNumber'], group: 'duplicates' }),
  scope: 'learner',
  check(learner, ctx) {
    const aims = deliveries(learner);
    if (aims.length < 2) return;
    const bySeq = new Map<string, IlrRecord[]>();
    for (const a of aims) {
      const seq = text(a, 'AimSeqNumber')?.trim();
      if (seq === undefined) continue;
      const key = /^\d+$/.test(seq) ? String(Number(seq)) : seq;
      const list = bySeq.get(key);
      if (list) list.push(a);
      else bySeq.set(key, [a]);
    }
    for (const list of bySeq.values()) {
      if (list.length < 2) continue;
      for (const a of list) {
        const { others, total } = othersOf(list, a);
        ctx.report(a, 'AimSeqNumber', { related: others.map((record) => ({ record, field: 'AimSeqNumber' })), relatedTotal: total });
      }
    }
  },
};
