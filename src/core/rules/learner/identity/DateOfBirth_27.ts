import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { dateOfBirth } from './identity-shared';

/** DateOfBirth_27 (error): the DateOfBirth must not be on or after the start of the teaching year (1 August). */
export const DateOfBirth_27: LearnerRule = {
  ...officialMeta('DateOfBirth_27', { entity: 'Learner', fields: ['DateOfBirth'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    const dob = dateOfBirth(learner);
    if (dob !== undefined && dob >= ctx.year.start) ctx.report(learner, 'DateOfBirth');
  },
};
