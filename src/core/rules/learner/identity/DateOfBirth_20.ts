import { int } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { sameCode } from '../../derived/aims';
import type { LearnerRule, RuleContext } from '../../types';
import { ageAt, augustThirtyFirst, fundedBy, sofCheck } from './identity-shared';

/**
 * DateOfBirth_20 (error): a 16-19 funded aim (FundModel 25 or 82) of a learner under 19 on 31 August of the teaching
 * year must have SOF 107: a SOF with another code is an error (no SOF at all is not this rule's). Reported once per
 * learner, at the SOF of the first such aim.
 * 2020-21 (variant): ESFA's 2020-21 service excludes traineeship aims (ProgType 24).
 */
const under19On31Aug = (learner: IlrRecord, aim: IlrRecord, ctx: RuleContext): boolean => {
  const age = ageAt(learner, augustThirtyFirst(ctx.year));
  return fundedBy(aim, [25, 82]) && age !== undefined && age < 19;
};
const not107 = (code: string | undefined): boolean => !sameCode(code, '107');

export const DateOfBirth_20: LearnerRule = {
  ...officialMeta('DateOfBirth_20', { entity: 'LearningDeliveryFAM', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: sofCheck(under19On31Aug, not107),
  variants: [
    {
      years: { to: '2021' },
      fields: ['DateOfBirth', 'FundModel', 'ProgType', 'LearnDelFAMType', 'LearnDelFAMCode'],
      check: sofCheck((learner, aim, ctx) => int(aim, 'ProgType') !== 24 && under19On31Aug(learner, aim, ctx), not107),
      why: "ESFA's 2020-21 service excludes traineeship aims (ProgType 24).",
    },
  ],
};
