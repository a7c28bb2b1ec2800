import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck, type MinimumDuration } from './identity-shared';

/**
 * DateOfBirth_46 (error): an apprenticeship standard programme aim (FundModel 81 or 36, ProgType 25, AimType 1) that
 * started from 1 August 2016 to 31 July 2025, of a learner 16 or over on its start date, must be planned to last 365
 * days or more (LearnPlanEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded. Aims from 1 August 2025
 * are DateOfBirth_57's (242 days).
 * 2020-21 (variant): ESFA's 2020-21 service has no end to the start dates counted, and counts "whole days" (the days
 * between the dates plus one), so a plan of 364 days does not fire there.
 */
const m: MinimumDuration = { from: '2016-08-01', to: '2025-07-31', fundModels: [81, 36], minAge: 16, end: 'LearnPlanEndDate', minDays: 365 };

export const DateOfBirth_46: LearnerRule = {
  ...officialMeta('DateOfBirth_46', {
    entity: 'LearningDelivery',
    fields: ['DateOfBirth', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'ProgType', 'AimType', 'LearnDelFAMType'],
    group: 'identity',
  }),
  scope: 'learner',
  check: minimumDurationCheck(m),
  variants: [
    {
      years: { to: '2021' },
      check: minimumDurationCheck({ ...m, to: undefined, inclusive: true }),
      why: "ESFA's 2020-21 service counts every aim started from 1 August 2016 (the end at 31 July 2025 came with 2025-26), and whole days (the days between the dates plus one): a plan of 364 days does not fire there.",
    },
  ],
};
