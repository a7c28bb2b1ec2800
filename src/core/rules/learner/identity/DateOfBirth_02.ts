import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { dateOfBirthReturned, firstAimCheck, fundedBy, hasDeliveryFamType } from './identity-shared';

/**
 * DateOfBirth_02 (warning): the DateOfBirth should be returned when an aim is Community Learning, non-funded or
 * Tailored learning (FundModel 10, 99 or 11); aims financed by an Advanced Learner Loan (a LearnDelFAMType ADL) excluded.
 * Reported once per learner, at the first such aim.
 * 2020-21 (variant): ESFA's 2020-21 service counts FundModel 10 and 99 (Tailored learning, 11, did not exist).
 */
const check = (models: readonly number[]): LearnerRule['check'] =>
  firstAimCheck((learner, aim) => !dateOfBirthReturned(learner) && fundedBy(aim, models) && !hasDeliveryFamType(aim, 'ADL'), ['FundModel']);

export const DateOfBirth_02: LearnerRule = {
  ...officialMeta('DateOfBirth_02', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType'], group: 'identity' }),
  scope: 'learner',
  check: check([10, 99, 11]),
  variants: [{ years: { to: '2021' }, check: check([10, 99]), why: "ESFA's 2020-21 service counts FundModel 10 and 99 (Tailored learning, FundModel 11, did not exist)." }],
};
