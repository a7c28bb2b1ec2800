import { date } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt, firstAimCheck, fundedBy, isOlass } from './identity-shared';

/**
 * DateOfBirth_14 (warning): an OLASS learner (an aim of FundModel 35 or 81 with LDM 034) should be 18 or over on the
 * aim's start date. Reported once per learner, at the first such aim.
 */
export const DateOfBirth_14: LearnerRule = {
  ...officialMeta('DateOfBirth_14', {
    entity: 'Learner',
    fields: ['DateOfBirth', 'FundModel', 'LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'identity',
  }),
  scope: 'learner',
  check: firstAimCheck((learner, aim) => {
    if (!fundedBy(aim, [35, 81]) || !isOlass(aim)) return false;
    const age = ageAt(learner, date(aim, 'LearnStartDate'));
    return age !== undefined && age < 18;
  }, ['LearnStartDate']),
};
