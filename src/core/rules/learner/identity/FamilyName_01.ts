import { text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { allCommunityLearning, allCommunityLearning2021 } from './identity-shared';

/**
 * FamilyName_01 (error): the learner's FamilyName must be returned (not blank or all spaces), unless every aim is community
 * learning funded (FundModel 10, or FundModel 99 with SOF 108) — those learners are FamilyName_02's and FamilyName_04's.
 * 2020-21 (variant): ESFA's 2020-21 service counts a learner as all community learning only when every aim is
 * FundModel 10, or every aim is FundModel 99 with SOF 108: a learner with both kinds of aim is not excluded there.
 */
const check = (allCl: (learner: IlrRecord) => boolean): LearnerRule['check'] => (learner, ctx) => {
  if (text(learner, 'FamilyName') === undefined && !allCl(learner)) ctx.report(learner, 'FamilyName');
};

export const FamilyName_01: LearnerRule = {
  ...officialMeta('FamilyName_01', { entity: 'Learner', fields: ['FamilyName', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: check(allCommunityLearning),
  variants: [
    {
      years: { to: '2021' },
      check: check(allCommunityLearning2021),
      why: "ESFA's 2020-21 service excludes a learner only when every aim is FundModel 10, or every aim is FundModel 99 with SOF 108 (not a mix of the two).",
    },
  ],
};
