import { int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { dateOfBirthReturned, firstAimCheck, hasDeliveryFamType, isOlass } from './identity-shared';

/**
 * DateOfBirth_23 (error): the DateOfBirth must be returned when an aim is financed by an Advanced Learner Loan
 * (FundModel 99 with a LearnDelFAMType ADL); OLASS aims (LDM 034) excluded. Reported once per learner, at the first
 * such aim.
 */
export const DateOfBirth_23: LearnerRule = {
  ...officialMeta('DateOfBirth_23', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: firstAimCheck(
    (learner, aim) => !dateOfBirthReturned(learner) && int(aim, 'FundModel') === 99 && hasDeliveryFamType(aim, 'ADL') && !isOlass(aim),
    ['FundModel'],
  ),
};
