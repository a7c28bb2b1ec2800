import { date, deliveries, int, kids, text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { sameCode } from '../derived/aims';
import { dd38 } from '../derived/employment';
import type { LearnerRule } from '../types';
import { aimFams, hasFam } from './cross-shared';

const LEVEL_3_OR_ABOVE: readonly number[] = [6, 7, 8, 9, 10, 97, 98];

/**
 * R_132 (error): for aims started from 1 April 2022 to 31 July 2024 with the Level 3 Free Courses for Jobs monitoring
 * (LDM 378), a learner whose prior attainment is full level 3 or above (a PriorAttain record with PriorLevel 6–10, 97 or
 * 98) must be unemployed on benefits (DD38) or be a low-wage learner (LDM 382 on the aim). Excluded: the devolved
 * delivery exclusion (DAM 023 on the aim). Reported at the aim's LDM 378 record. New in 2021-22.
 */
export const R_132: LearnerRule = {
  ...officialMeta('R_132', {
    entity: 'LearningDeliveryFAM',
    fields: ['LearnStartDate', 'PriorLevel', 'LearnDelFAMType', 'LearnDelFAMCode', 'FundModel', 'EmpStat', 'DateEmpStatApp', 'ESMType', 'ESMCode'],
    group: 'cross-record',
    years: { from: '2122' },
  }),
  scope: 'learner',
  check(learner, ctx) {
    let level3: boolean | undefined;
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || start < '2022-04-01' || start > '2024-07-31') continue;
      const ldm = aimFams(aim, 'LDM').find((f) => sameCode(text(f, 'LearnDelFAMCode'), '378'));
      if (!ldm || hasFam(aim, 'LDM', '382') || hasFam(aim, 'DAM', '023')) continue;
      level3 ??= kids(learner, 'PriorAttain').some((p) => LEVEL_3_OR_ABOVE.includes(int(p, 'PriorLevel') ?? -1));
      if (!level3 || dd38(learner, aim, ctx)) continue;
      ctx.report(ldm, 'LearnDelFAMCode', { aim });
    }
  },
};
