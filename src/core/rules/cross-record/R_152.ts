import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { eventIndicators } from './evi';

/**
 * R_152 (error): a Skills Bootcamp whose programme aims (AimType 1, ProgType 32) of a ConRefNumber first started before
 * 1 August 2025 must not have an Event Indicator (LearnDelFAMType EVI) on its aims. Each EVI record is reported at its
 * LearnDelFAMType, the earliest programme aim's LearnStartDate as `related`. New in 2025-26.
 * Contradiction (ILR-FACTS): R_152 and R_153 share one Description ("before 1 August 2025 … must not be returned").
 * Decided from the detailed texts: R_152 is that rule (no EVI on bootcamps first started before 1 August 2025); R_153
 * is the date check for bootcamps started on or after it (its DetailedDescription and message).
 */
export const R_152: LearnerRule = {
  ...officialMeta('R_152', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'ProgType', 'AimType', 'LearnStartDate', 'ConRefNumber'], group: 'cross-record', years: { from: '2122' } }),
  scope: 'learner',
  check(learner, ctx) {
    for (const { fam, first } of eventIndicators(learner)) {
      if (first.start < '2025-08-01') ctx.report(fam.record, 'LearnDelFAMType', { aim: fam.aim, related: [{ record: first.aim, field: 'LearnStartDate' }] });
    }
  },
};
