import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt } from './identity-shared';

/** DateOfBirth_04 (error): a returned DateOfBirth must make the learner less than 115 years old at the start of the teaching year (1 August). */
export const DateOfBirth_04: LearnerRule = {
  ...officialMeta('DateOfBirth_04', { entity: 'Learner', fields: ['DateOfBirth'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    const age = ageAt(learner, ctx.year.start);
    if (age !== undefined && age >= 115) ctx.report(learner, 'DateOfBirth');
  },
};
