import { date, deliveries, kids } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { fundModelOf } from './cross-shared';

const FUND_MODELS: readonly number[] = [36, 35, 37, 38, 99, 81];

/**
 * R_131 (error): a learner with apprenticeship, adult skills, Skills Bootcamp, Adult Skills Fund, non-funded or other
 * adult aims (FundModel 36, 35, 37, 38, 99, 81) must have a prior attainment record dated (DateLevelApp) on or before
 * the earliest LearnStartDate of those aims. When the learner's dated PriorAttain records are all later, the earliest
 * is reported at its DateLevelApp, that aim's LearnStartDate as `related`. A learner with no PriorAttain is
 * PriorAttain_01's; records without a DateLevelApp are not compared. New in 2021-22.
 */
export const R_131: LearnerRule = {
  ...officialMeta('R_131', { entity: 'PriorAttain', fields: ['FundModel', 'LearnStartDate', 'DateLevelApp'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    let first: IlrRecord | undefined;
    for (const a of deliveries(learner)) {
      const s = date(a, 'LearnStartDate');
      if (s === undefined || !FUND_MODELS.includes(fundModelOf(a) ?? -1)) continue;
      if (first === undefined || s < date(first, 'LearnStartDate')!) first = a;
    }
    if (first === undefined) return;
    const start = date(first, 'LearnStartDate')!;
    let earliest: IlrRecord | undefined;
    for (const p of kids(learner, 'PriorAttain')) {
      const d = date(p, 'DateLevelApp');
      if (d === undefined) continue;
      if (d <= start) return;
      if (earliest === undefined || d < date(earliest, 'DateLevelApp')!) earliest = p;
    }
    if (earliest) ctx.report(earliest, 'DateLevelApp', { related: [{ record: first, field: 'LearnStartDate' }] });
  },
};
