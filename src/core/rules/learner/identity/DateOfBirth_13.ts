import { int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import type { LearnerRule } from '../../types';
import { ageAt, firstAimCheck } from './identity-shared';

/**
 * DateOfBirth_13 (warning): a learner with an OfS-funded aim (FundModel 99 and SOF 1) should be 16 or over on 31 July
 * of the teaching year (its last day). Reported once per learner, at the first such aim.
 */
export const DateOfBirth_13: LearnerRule = {
  ...officialMeta('DateOfBirth_13', { entity: 'Learner', fields: ['DateOfBirth', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: firstAimCheck((learner, aim, ctx) => {
    const age = ageAt(learner, ctx.year.end);
    return int(aim, 'FundModel') === 99 && hasDeliveryFam(aim, 'SOF', '1') && age !== undefined && age < 16;
  }, ['FundModel']),
};
