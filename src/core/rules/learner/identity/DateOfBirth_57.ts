import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck } from './identity-shared';

/**
 * DateOfBirth_57 (error, new in 2025-26): an apprenticeship standard programme aim (FundModel 36, ProgType 25,
 * AimType 1) that started on or after 1 August 2025, of a learner 16 or over on its start date, must be planned to last
 * 242 days or more (LearnPlanEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded.
 */
export const DateOfBirth_57: LearnerRule = {
  ...officialMeta('DateOfBirth_57', {
    entity: 'LearningDelivery',
    fields: ['DateOfBirth', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'ProgType', 'AimType', 'LearnDelFAMType'],
    group: 'identity',
    years: { from: '2122' },
  }),
  scope: 'learner',
  check: minimumDurationCheck({ from: '2025-08-01', fundModels: [36], minAge: 16, end: 'LearnPlanEndDate', minDays: 242 }),
};
