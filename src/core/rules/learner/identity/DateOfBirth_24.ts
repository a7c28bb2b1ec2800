import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { dateOfBirthReturned, hasRealUln } from './identity-shared';

/** DateOfBirth_24 (error): a learner with a ULN that is not the temporary 9999999999 must have a DateOfBirth. */
export const DateOfBirth_24: LearnerRule = {
  ...officialMeta('DateOfBirth_24', { entity: 'Learner', fields: ['DateOfBirth', 'ULN'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    if (hasRealUln(learner) && !dateOfBirthReturned(learner)) ctx.report(learner, 'DateOfBirth', { related: [{ record: learner, field: 'ULN' }] });
  },
};
