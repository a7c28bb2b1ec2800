import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt, augustThirtyFirst, firstAimCheck, fundedBy } from './identity-shared';

/**
 * DateOfBirth_06 (warning): a learner with a 16-19 funded aim (FundModel 25 or 82) should be aged 13 or over on
 * 31 August of the teaching year. Reported once per learner, at the first such aim.
 */
export const DateOfBirth_06: LearnerRule = {
  ...officialMeta('DateOfBirth_06', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel'], group: 'identity' }),
  scope: 'learner',
  check: firstAimCheck((learner, aim, ctx) => {
    const age = ageAt(learner, augustThirtyFirst(ctx.year));
    return fundedBy(aim, [25, 82]) && age !== undefined && age < 13;
  }, ['FundModel']),
};
