import { date, int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt, firstAimCheck, hasDeliveryFamType } from './identity-shared';

/**
 * DateOfBirth_26 (error): a learner financed by an Advanced Learner Loan (an aim of FundModel 99 with a
 * LearnDelFAMType ADL) must be 19 or over on the aim's start date. Reported once per learner, at the first such aim.
 */
export const DateOfBirth_26: LearnerRule = {
  ...officialMeta('DateOfBirth_26', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnStartDate', 'LearnDelFAMType'], group: 'identity' }),
  scope: 'learner',
  check: firstAimCheck((learner, aim) => {
    if (int(aim, 'FundModel') !== 99 || !hasDeliveryFamType(aim, 'ADL')) return false;
    const age = ageAt(learner, date(aim, 'LearnStartDate'));
    return age !== undefined && age < 19;
  }, ['LearnStartDate']),
};
