import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck, type MinimumDuration } from './identity-shared';

/**
 * DateOfBirth_40 (error): an achieved (Outcome 1) apprenticeship standard programme aim (FundModel 35 or 81,
 * ProgType 25, AimType 1) that started on or before 31 July 2016, of a learner 19 or over on its start date, must have
 * lasted 365 days or more (LearnActEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded.
 * Decision: the text's "FundModel = 35 or (81 and ProgType = 25)" leaves a bracket unclosed; the rule is about
 * apprenticeship standards (its message and ESFA's service), so ProgType 25 is required for both fund models.
 * 2020-21 (variant): ESFA's 2020-21 service counts "whole days" (the days between the dates plus one), so an aim of
 * 364 days does not fire there.
 */
const m: MinimumDuration = { to: '2016-07-31', fundModels: [35, 81], minAge: 19, achieved: true, end: 'LearnActEndDate', minDays: 365 };

export const DateOfBirth_40: LearnerRule = {
  ...officialMeta('DateOfBirth_40', {
    entity: 'LearningDelivery',
    fields: ['DateOfBirth', 'LearnStartDate', 'LearnActEndDate', 'FundModel', 'ProgType', 'AimType', 'Outcome', 'LearnDelFAMType'],
    group: 'identity',
  }),
  scope: 'learner',
  check: minimumDurationCheck(m),
  variants: [
    {
      years: { to: '2021' },
      check: minimumDurationCheck({ ...m, inclusive: true }),
      why: "ESFA's 2020-21 service counts whole days (the days between the dates plus one): an aim of 364 days does not fire there.",
    },
  ],
};
