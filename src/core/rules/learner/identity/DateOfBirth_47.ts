import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck, type MinimumDuration } from './identity-shared';

/**
 * DateOfBirth_47 (error): a completed (CompStatus 2) apprenticeship standard programme aim (FundModel 81 or 36,
 * ProgType 25, AimType 1) that started from 1 August 2016 to 31 July 2025 must have lasted 365 days or more
 * (LearnActEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded. Aims from 1 August 2025 are
 * DateOfBirth_58's (242 days).
 * 2020-21 (variant): ESFA's 2020-21 service has no end to the start dates counted, and counts only learners 16 or over
 * on the aim's start date (DateOfBirth known).
 */
const m: MinimumDuration = { from: '2016-08-01', to: '2025-07-31', fundModels: [81, 36], completed: true, end: 'LearnActEndDate', minDays: 365 };

export const DateOfBirth_47: LearnerRule = {
  ...officialMeta('DateOfBirth_47', {
    entity: 'LearningDelivery',
    fields: ['LearnStartDate', 'LearnActEndDate', 'FundModel', 'ProgType', 'AimType', 'CompStatus', 'LearnDelFAMType'],
    group: 'identity',
  }),
  scope: 'learner',
  check: minimumDurationCheck(m),
  variants: [
    {
      years: { to: '2021' },
      fields: ['DateOfBirth', 'LearnStartDate', 'LearnActEndDate', 'FundModel', 'ProgType', 'AimType', 'CompStatus', 'LearnDelFAMType'],
      check: minimumDurationCheck({ ...m, to: undefined, minAge: 16 }),
      why: "ESFA's 2020-21 service counts every aim started from 1 August 2016 (the end at 31 July 2025 came with 2025-26), and only learners 16 or over on the aim's start date.",
    },
  ],
};
