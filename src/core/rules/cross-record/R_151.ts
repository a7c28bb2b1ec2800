import { date, deliveries, text } from '../../model/access';
import { ageOn } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { sameCode } from '../derived/aims';
import type { LearnerRule } from '../types';
import { aimFams, fundModelOf, hasFam } from './cross-shared';

/**
 * R_151 (error): for Adult Skills Fund aims (FundModel 38) started on or after 1 August 2024 with the Level 3 Free
 * Courses for Jobs monitoring (LDM 378), a learner aged 24 or over at the aim's start must be earning below the
 * threshold (LDM 391 on the aim). Excluded: the devolved delivery exclusion (DAM 023 on the aim). Reported at the aim's
 * LDM 378 record. New in 2021-22.
 */
export const R_151: LearnerRule = {
  ...officialMeta('R_151', { entity: 'LearningDeliveryFAM', fields: ['LearnStartDate', 'DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const dob = date(learner, 'DateOfBirth');
    if (dob === undefined) return;
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || start < '2024-08-01' || fundModelOf(aim) !== 38 || ageOn(dob, start) < 24) continue;
      const ldm = aimFams(aim, 'LDM').find((f) => sameCode(text(f, 'LearnDelFAMCode'), '378'));
      if (!ldm || hasFam(aim, 'LDM', '391') || hasFam(aim, 'DAM', '023')) continue;
      ctx.report(ldm, 'LearnDelFAMCode', { aim });
    }
  },
};
