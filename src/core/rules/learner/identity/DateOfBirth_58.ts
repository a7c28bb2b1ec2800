import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck } from './identity-shared';

/**
 * DateOfBirth_58 (error, new in 2025-26): a completed (CompStatus 2) apprenticeship standard programme aim
 * (FundModel 36, ProgType 25, AimType 1) that started on or after 1 August 2025 must have lasted 242 days or more
 * (LearnActEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded.
 */
export const DateOfBirth_58: LearnerRule = {
  ...officialMeta('DateOfBirth_58', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'LearnActEndDate', 'FundModel', 'ProgType', 'AimType', 'CompStatus', 'LearnDelFAMType'],
    group: 'identity',
    years: { from: '2122' },
  }),
  scope: 'learner',
  check: minimumDurationCheck({ from: '2025-08-01', fundModels: [36], completed: true, end: 'LearnActEndDate', minDays: 242 }),
};
