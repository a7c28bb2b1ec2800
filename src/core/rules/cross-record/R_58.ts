import { date, deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimType, byDate } from './cross-shared';

/**
 * R_58 (error): a learner's core aims (AimType 5) must not overlap, by LearnStartDate and LearnActEndDate (an aim without
 * an actual end date is open). Taken in start order, a core aim that starts on or before the latest end so far (or
 * while an earlier one is open) is reported at its LearnStartDate, the earlier aim's LearnActEndDate as `related`.
 * As ESFA's 2020-21 service: an end date on the next aim's start date overlaps.
 */
export const R_58: LearnerRule = {
  ...officialMeta('R_58', { entity: 'LearningDelivery', fields: ['AimType', 'LearnStartDate', 'LearnActEndDate'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    const core = deliveries(learner).filter((a) => aimType(a) === 5 && date(a, 'LearnStartDate') !== undefined);
    if (core.length < 2) return;
    core.sort((a, b) => byDate(date(a, 'LearnStartDate'), date(b, 'LearnStartDate')));
    let holder: IlrRecord = core[0]!;
    let end: string | undefined = date(holder, 'LearnActEndDate'); // undefined: open
    for (let i = 1; i < core.length; i++) {
      const a = core[i]!;
      const start = date(a, 'LearnStartDate')!;
      if (end === undefined || start <= end) ctx.report(a, 'LearnStartDate', { related: [{ record: holder, field: 'LearnActEndDate' }] });
      const e = date(a, 'LearnActEndDate');
      if (end !== undefined && (e === undefined || e > end)) {
        holder = a;
        end = e;
      }
    }
  },
};
