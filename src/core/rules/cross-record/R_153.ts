import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { eventIndicators } from './evi';

/**
 * R_153 (error): on a Skills Bootcamp whose programme aims (AimType 1, ProgType 32) of a ConRefNumber first started on or
 * after 1 August 2025, an Event Indicator (EVI) must apply from (LearnDelFAMDateFrom) 1 August 2025 or later. Each EVI
 * dated earlier is reported at its LearnDelFAMDateFrom, the earliest programme aim's LearnStartDate as `related`. An EVI
 * without a DateFrom is not compared. New in 2025-26.
 * Contradiction (ILR-FACTS): its Description is R_152's ("before 1 August 2025 … must not be returned"); decided from
 * its DetailedDescription, Intent and message, which are this date check (R_152 is the other).
 */
export const R_153: LearnerRule = {
  ...officialMeta('R_153', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'ProgType', 'AimType', 'LearnStartDate', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const { fam, first } of eventIndicators(learner)) {
      const from = date(fam.record, 'LearnDelFAMDateFrom');
      if (first.start >= '2025-08-01' && from !== undefined && from < '2025-08-01') {
        ctx.report(fam.record, 'LearnDelFAMDateFrom', { aim: fam.aim, related: [{ record: first.aim, field: 'LearnStartDate' }] });
      }
    }
  },
};
