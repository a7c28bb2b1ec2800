import { int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import { isApprenticeship } from '../../derived/programme';
import type { LearnerRule, RuleContext } from '../../types';
import { ageAt, augustThirtyFirst, firstAimCheck, isOlass } from './identity-shared';

/**
 * DateOfBirth_25 (error): a learner with an adult skills aim (FundModel 35 that is not an apprenticeship, DD07 = N),
 * a Skills Bootcamp (FundModel 37) or an Adult Skills Fund aim (FundModel 38) must be 19 or over on 31 August of the
 * teaching year; OLASS aims (LDM 034) excluded. Reported once per learner, at the first such aim.
 * 2020-21 (variant): ESFA's 2020-21 service counts FundModel 35 (DD07 = N) only, and excludes LDM 376 as well as 034.
 */
const under19 = (learner: IlrRecord, ctx: RuleContext): boolean => {
  const age = ageAt(learner, augustThirtyFirst(ctx.year));
  return age !== undefined && age < 19;
};

export const DateOfBirth_25: LearnerRule = {
  ...officialMeta('DateOfBirth_25', {
    entity: 'Learner',
    fields: ['DateOfBirth', 'FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'identity',
  }),
  scope: 'learner',
  check: firstAimCheck((learner, aim, ctx) => {
    const fm = int(aim, 'FundModel');
    const adult = (fm === 35 && !isApprenticeship(aim, ctx.year)) || fm === 37 || fm === 38;
    return adult && !isOlass(aim) && under19(learner, ctx);
  }, ['FundModel']),
  variants: [
    {
      years: { to: '2021' },
      check: firstAimCheck((learner, aim, ctx) => {
        const adult = int(aim, 'FundModel') === 35 && !isApprenticeship(aim, ctx.year);
        return adult && !isOlass(aim) && !hasDeliveryFam(aim, 'LDM', '376') && under19(learner, ctx);
      }, ['FundModel']),
      why: "ESFA's 2020-21 service counts adult skills aims (FundModel 35, DD07 = N) only, and excludes LDM 376 as well as OLASS (LDM 034).",
    },
  ],
};
