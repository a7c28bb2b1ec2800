import { int, text } from '../../../model/access';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { allCommunityLearning, allCommunityLearning2021 } from './identity-shared';

/**
 * GivenNames_02 (error): when every aim is community learning funded (FundModel 10, or FundModel 99 with SOF 108) and the
 * PlanLearnHours are more than 10, the GivenNames must be returned (not blank or all spaces).
 * 2020-21 (variant): ESFA's 2020-21 service counts a learner as all community learning only when every aim is
 * FundModel 10, or every aim is FundModel 99 with SOF 108 (not a mix of the two).
 */
const check = (allCl: (learner: IlrRecord) => boolean): LearnerRule['check'] => (learner, ctx) => {
  const hours = int(learner, 'PlanLearnHours');
  if (text(learner, 'GivenNames') === undefined && hours !== undefined && hours > 10 && allCl(learner)) {
    ctx.report(learner, 'GivenNames', { related: [{ record: learner, field: 'PlanLearnHours' }] });
  }
};

export const GivenNames_02: LearnerRule = {
  ...officialMeta('GivenNames_02', { entity: 'Learner', fields: ['GivenNames', 'PlanLearnHours', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: check(allCommunityLearning),
  variants: [
    {
      years: { to: '2021' },
      check: check(allCommunityLearning2021),
      why: "ESFA's 2020-21 service counts a learner as all community learning only when every aim is FundModel 10, or every aim is FundModel 99 with SOF 108 (not a mix of the two).",
    },
  ],
};
