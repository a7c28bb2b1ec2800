import { date } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt, firstAimCheck, fundedBy } from './identity-shared';

/**
 * DateOfBirth_05 (warning): on the start date of a Community Learning or non-funded aim (FundModel 10 or 99) the
 * learner should be aged 4 or over. Reported once per learner, at the first such aim.
 */
export const DateOfBirth_05: LearnerRule = {
  ...officialMeta('DateOfBirth_05', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnStartDate'], group: 'identity' }),
  scope: 'learner',
  check: firstAimCheck((learner, aim) => {
    if (!fundedBy(aim, [10, 99])) return false;
    const age = ageAt(learner, date(aim, 'LearnStartDate'));
    return age !== undefined && age < 4;
  }, ['LearnStartDate']),
};
