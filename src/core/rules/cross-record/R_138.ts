import { date, deliveries, int } from '../../model/access';
import { addMonths } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { filePreparationDate } from '../derived/message';
import type { LearnerRule } from '../types';
import { aimRefIn, bootcampGroups, R138_EVENT_AIMS } from './cross-shared';

/**
 * R_138 (error): a completed Skills Bootcamp programme started on or before 31 July 2025 needs an AchDate on its latest
 * programme aim, or one of the event aims Z0059747, Z0059748, Z0059749 in the learner's record. For each bootcamp
 * (FundModel, ProgType 32, ConRefNumber) whose latest programme aim (AimType 1) started on or before 31 July 2025, is
 * completed (CompStatus 2) and has no AchDate, when the learner has none of those event aims, that aim is reported at
 * its AchDate. Excluded: the file is prepared more than six months after the aim's LearnActEndDate. New in 2021-22.
 */
export const R_138: LearnerRule = {
  ...officialMeta('R_138', {
    entity: 'LearningDelivery',
    fields: ['ProgType', 'AimType', 'FundModel', 'ConRefNumber', 'LearnStartDate', 'CompStatus', 'AchDate', 'LearnAimRef', 'LearnActEndDate'],
    group: 'cross-record',
    years: { from: '2122' },
  }),
  scope: 'learner',
  check(learner, ctx) {
    const groups = bootcampGroups(learner);
    if (groups.length === 0 || deliveries(learner).some((a) => aimRefIn(a, R138_EVENT_AIMS))) return;
    for (const { latest } of groups) {
      if (!latest || int(latest, 'CompStatus') !== 2 || date(latest, 'AchDate') !== undefined) continue;
      const start = date(latest, 'LearnStartDate');
      if (start === undefined || start > '2025-07-31') continue;
      const end = date(latest, 'LearnActEndDate');
      if (end !== undefined && filePreparationDate(ctx) > addMonths(end, 6)) continue;
      ctx.report(latest, 'AchDate');
    }
  },
};
