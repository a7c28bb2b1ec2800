import { learners, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { MessageRule } from '../types';
import { othersOf } from '../related';

/**
 * R_06 (error): learner reference numbers must be unique within the file. Every Learner record that shares its
 * LearnRefNumber with another is reported, at its own LearnRefNumber cell, so each copy can be found.
 * Compared case-insensitively, as ESFA's 2020-21 service does (the 2025-26 text does not say; the service's database
 * keys are case-insensitive, so "ab1" and "AB1" collide there too). One pass with a map: linear in the learners.
 */
export const R_06: MessageRule = {
  ...officialMeta('R_06', { entity: 'Learner', fields: ['LearnRefNumber'], group: 'duplicates' }),
  scope: 'message',
  check(msg, ctx) {
    const byRef = new Map<string, IlrRecord[]>();
    for (const l of learners(msg)) {
      const ref = text(l, 'LearnRefNumber');
      if (ref === undefined) continue;
      const key = ref.toUpperCase();
      const list = byRef.get(key);
      if (list) list.push(l);
      else byRef.set(key, [l]);
    }
    for (const list of byRef.values()) {
      if (list.length < 2) continue;
      for (const l of list) {
        const { others, total } = othersOf(list, l);
        ctx.report(l, 'LearnRefNumber', { learner: l, related: others.map((record) => ({ record, field: 'LearnRefNumber' })), relatedTotal: total });
      }
    }
  },
};
