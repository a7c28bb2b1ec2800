import { int, text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { allCommunityLearning, hasRealUln } from './identity-shared';

/**
 * FamilyName_04 (error): when every aim is community learning funded (FundModel 10, or FundModel 99 with SOF 108), the
 * PlanLearnHours are 10 or less and a ULN other than the temporary 9999999999 is returned, the FamilyName must be returned
 * (not blank or all spaces).
 */
export const FamilyName_04: LearnerRule = {
  ...officialMeta('FamilyName_04', {
    entity: 'Learner',
    fields: ['FamilyName', 'PlanLearnHours', 'ULN', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'],
    group: 'identity',
  }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'FamilyName') !== undefined) return;
    const hours = int(learner, 'PlanLearnHours');
    if (hours === undefined || hours > 10 || !hasRealUln(learner) || !allCommunityLearning(learner)) return;
    ctx.report(learner, 'FamilyName', { related: [{ record: learner, field: 'PlanLearnHours' }, { record: learner, field: 'ULN' }] });
  },
};
