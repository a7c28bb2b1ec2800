import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { dateOfBirthReturned, firstAimCheck, fundedBy, isOlass } from './identity-shared';

/**
 * DateOfBirth_01 (error): the DateOfBirth must be returned when an aim is funded by FundModel 25, 82, 35, 36, 37, 38
 * or 81; OLASS aims (LDM 034) excluded. Reported once per learner, at the first such aim (as ESFA's service does).
 * 2020-21 (variant): ESFA's 2020-21 service counts FundModel 25, 35, 36, 70, 81 and 82 (ESF, FundModel 70, still
 * existed; 37 and 38 did not).
 */
const check = (models: readonly number[]): LearnerRule['check'] =>
  firstAimCheck((learner, aim) => !dateOfBirthReturned(learner) && fundedBy(aim, models) && !isOlass(aim), ['FundModel']);

export const DateOfBirth_01: LearnerRule = {
  ...officialMeta('DateOfBirth_01', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: check([25, 82, 35, 36, 37, 38, 81]),
  variants: [{ years: { to: '2021' }, check: check([25, 35, 36, 70, 81, 82]), why: "ESFA's 2020-21 service counts FundModel 25, 35, 36, 70, 81 and 82 (ESF funding, FundModel 70, still existed; 37 and 38 did not)." }],
};
