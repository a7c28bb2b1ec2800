import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { sameCode } from '../../derived/aims';
import { isApprenticeship } from '../../derived/programme';
import type { LearnerRule, RuleContext } from '../../types';
import { ageAt, augustThirtyFirst, fundedBy, hasLearnerFam, isOlass, sofCheck } from './identity-shared';

/**
 * DateOfBirth_30 (error): a learner aged 19 to 24 on 31 August of the teaching year with an Education health care plan
 * (a LearnerFAM of type EHC) must have SOF 107 on their agency-funded aims (FundModel 25, 82, 35, 38 or 81): a SOF with
 * another code is an error. OLASS aims (LDM 034) and apprenticeships (DD07 = Y) excluded. Reported once per learner, at
 * the SOF of the first such aim.
 * 2020-21 (variant): ESFA's 2020-21 service counts FundModel 25, 35, 81 and 82 (38 did not exist).
 */
const aimFires = (models: readonly number[]) => (learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean => {
  const age = ageAt(learner, augustThirtyFirst(ctx.year));
  return (
    age !== undefined && age >= 19 && age <= 24 && fundedBy(aim, models) && !isApprenticeship(aim, ctx.year) && !isOlass(aim) && hasLearnerFam(learner, 'EHC')
  );
};
const not107 = (code: string | undefined): boolean => !sameCode(code, '107');

export const DateOfBirth_30: LearnerRule = {
  ...officialMeta('DateOfBirth_30', {
    entity: 'LearningDeliveryFAM',
    fields: ['DateOfBirth', 'FundModel', 'ProgType', 'LearnFAMType', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'identity',
  }),
  scope: 'learner',
  check: sofCheck(aimFires([25, 82, 35, 38, 81]), not107),
  variants: [
    { years: { to: '2021' }, check: sofCheck(aimFires([25, 35, 81, 82]), not107), why: "ESFA's 2020-21 service counts FundModel 25, 35, 81 and 82 (FundModel 38 did not exist)." },
  ],
};
