import { date, deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { combinedAuthorityEnd } from '../derived/programme';
import type { LearnerRule } from '../types';
import { isProgrammeAim } from './cross-shared';

/**
 * R_124 (error): a learner's programme aims (AimType 1) must not overlap: no programme aim may start on or between
 * another programme aim's LearnStartDate and its effective end date (DD36: for a standard its AchDate, else its
 * LearnActEndDate; for a Skills Bootcamp its AchDate; for others its LearnActEndDate; else open, 2099-12-31). Each such
 * aim is reported at its LearnStartDate, the other aim's LearnStartDate as `related` (two aims starting the same day
 * are both reported). The same in ESFA's 2020-21 service. Pairs of the learner's own programme aims only.
 */
export const R_124: LearnerRule = {
  ...officialMeta('R_124', { entity: 'LearningDelivery', fields: ['AimType', 'LearnStartDate', 'ProgType', 'AchDate', 'LearnActEndDate'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const progs = deliveries(learner).filter((a) => isProgrammeAim(a) && date(a, 'LearnStartDate') !== undefined);
    if (progs.length < 2) return;
    for (const a of progs) {
      const start = date(a, 'LearnStartDate')!;
      const other = progs.find((b) => b !== a && start >= date(b, 'LearnStartDate')! && start <= combinedAuthorityEnd(b)!);
      if (other) ctx.report(a, 'LearnStartDate', { related: [{ record: other, field: 'LearnStartDate' }] });
    }
  },
};
