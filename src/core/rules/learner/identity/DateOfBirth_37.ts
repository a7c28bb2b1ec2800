import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { minimumDurationCheck } from './identity-shared';

/**
 * DateOfBirth_37 (error): an apprenticeship standard programme aim (FundModel 35 or 81, ProgType 25, AimType 1) that
 * started from 1 August 2014 to 31 July 2016, of a learner 19 or over on its start date, must be planned to last 365
 * days or more (LearnPlanEndDate − LearnStartDate); restarts (a LearnDelFAMType RES) excluded. (The text writes the
 * subtraction the other way round; the duration is meant.)
 */
export const DateOfBirth_37: LearnerRule = {
  ...officialMeta('DateOfBirth_37', {
    entity: 'LearningDelivery',
    fields: ['DateOfBirth', 'LearnStartDate', 'LearnPlanEndDate', 'FundModel', 'ProgType', 'AimType', 'LearnDelFAMType'],
    group: 'identity',
  }),
  scope: 'learner',
  check: minimumDurationCheck({ from: '2014-08-01', to: '2016-07-31', fundModels: [35, 81], minAge: 19, end: 'LearnPlanEndDate', minDays: 365 }),
};
