import { date, deliveries, int, kids, text } from '../../model/access';
import { ageOn } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { sameCode } from '../derived/aims';
import type { LearnerRule } from '../types';
import { aimFams, hasFam } from './cross-shared';

const BELOW_LEVEL_3: readonly number[] = [1, 2, 3, 4, 5, 99];

/**
 * R_148 (error): for aims started on or after 1 August 2024 with the Level 3 Free Courses for Jobs monitoring (LDM
 * 378), a learner aged 19 to 23 at the aim's start must be earning below the threshold (LDM 391 on the aim) or have a
 * prior attainment below a full level 3 (a PriorAttain record with PriorLevel 1–5 or 99). Reported at the aim's LDM 378
 * record. New in 2021-22.
 */
export const R_148: LearnerRule = {
  ...officialMeta('R_148', { entity: 'LearningDeliveryFAM', fields: ['LearnStartDate', 'DateOfBirth', 'LearnDelFAMType', 'LearnDelFAMCode', 'PriorLevel'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    const dob = date(learner, 'DateOfBirth');
    if (dob === undefined) return;
    let below: boolean | undefined;
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || start < '2024-08-01') continue;
      const age = ageOn(dob, start);
      if (age < 19 || age > 23) continue;
      const ldm = aimFams(aim, 'LDM').find((f) => sameCode(text(f, 'LearnDelFAMCode'), '378'));
      if (!ldm || hasFam(aim, 'LDM', '391')) continue;
      below ??= kids(learner, 'PriorAttain').some((p) => BELOW_LEVEL_3.includes(int(p, 'PriorLevel') ?? -1));
      if (!below) ctx.report(ldm, 'LearnDelFAMCode', { aim });
    }
  },
};
