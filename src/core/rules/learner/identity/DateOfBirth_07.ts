import { officialMeta } from '../../catalogue/official-meta';
import { sameCode } from '../../derived/aims';
import type { LearnerRule } from '../../types';
import { ageAt, augustThirtyFirst, fundedBy, sofCheck } from './identity-shared';

/**
 * DateOfBirth_07 (error): a 16-19 funded aim (FundModel 25 or 82) of a learner aged 25 or over on 31 August of the
 * teaching year must not have SOF 107 (16-19 funding). Reported once per learner, at the SOF of the first such aim.
 */
export const DateOfBirth_07: LearnerRule = {
  ...officialMeta('DateOfBirth_07', { entity: 'LearningDeliveryFAM', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: sofCheck(
    (learner, aim, ctx) => {
      const age = ageAt(learner, augustThirtyFirst(ctx.year));
      return fundedBy(aim, [25, 82]) && age !== undefined && age >= 25;
    },
    (code) => sameCode(code, '107'),
  ),
};
