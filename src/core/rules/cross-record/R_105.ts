import { date, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { byDate, codeKey, learnerFamsOfType } from './cross-shared';

/**
 * R_105 (error): a learner must not have ACT records with different codes in force at the same time, across all its
 * aims. Two ACT records are in force together when the later one's LearnDelFAMDateFrom is on or before the earlier one's
 * LearnDelFAMDateTo, or the earlier one has no DateTo. A record in force with an earlier one of another code is reported
 * at its LearnDelFAMCode (once), the earlier record's LearnDelFAMCode (with its aim) as `related`. Records without a
 * DateFrom are not compared.
 * ESFA's 2020-21 service compares each record only with the one before it in DateFrom order and reports once per
 * learner; it finds the same conflicts but for one hidden behind a shorter record between them (kept for both years).
 */
export const R_105: LearnerRule = {
  ...officialMeta('R_105', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMCode', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const acts = learnerFamsOfType(learner, 'ACT').filter((h) => date(h.record, 'LearnDelFAMDateFrom') !== undefined);
    if (acts.length < 2) return;
    acts.sort((a, b) => byDate(date(a.record, 'LearnDelFAMDateFrom'), date(b.record, 'LearnDelFAMDateFrom')));
    for (let i = 1; i < acts.length; i++) {
      const cur = acts[i]!;
      const from = date(cur.record, 'LearnDelFAMDateFrom')!;
      const code = codeKey(text(cur.record, 'LearnDelFAMCode'));
      for (let j = 0; j < i; j++) {
        const e = acts[j]!;
        const to = date(e.record, 'LearnDelFAMDateTo');
        if ((to === undefined || from <= to) && codeKey(text(e.record, 'LearnDelFAMCode')) !== code) {
          ctx.report(cur.record, 'LearnDelFAMCode', { aim: cur.aim, related: [{ record: e.record, field: 'LearnDelFAMCode', aim: e.aim }] });
          break;
        }
      }
    }
  },
};
