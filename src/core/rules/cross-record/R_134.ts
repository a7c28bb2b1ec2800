import { deliveries, int, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { hasFam, progType } from './cross-shared';

/**
 * R_134 (error): a learner recorded with the Other Employment Type "small or medium employer" (ESMType OET, ESMCode 2)
 * must have a Skills Bootcamp aim (ProgType 32). Excluded: a learner with the devolved delivery exclusion (DAM 023 on
 * an aim). Each OET 2 record is reported at its ESMCode. New in 2021-22.
 */
export const R_134: LearnerRule = {
  ...officialMeta('R_134', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType', 'ESMCode', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const oet = kids(learner, 'LearnerEmploymentStatus').flatMap((s) => kids(s, 'EmploymentStatusMonitoring').filter((m) => text(m, 'ESMType')?.trim().toUpperCase() === 'OET' && int(m, 'ESMCode') === 2));
    if (oet.length === 0) return;
    const aims = deliveries(learner);
    if (aims.some((a) => progType(a) === 32) || aims.some((a) => hasFam(a, 'DAM', '023'))) return;
    for (const m of oet) ctx.report(m, 'ESMCode');
  },
};
