import { deliveries, int } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { ageAt, augustThirtyFirst, hasLearnerFam, learnerFamsOf } from './identity-shared';

/**
 * DateOfBirth_34 (error): a learner aged 19 to 24 on 31 August of the teaching year who is a 16-19 funded High Needs
 * Student (an aim of FundModel 25 and a LearnerFAM of type HNS) must have an Education health care plan (a LearnerFAM of
 * type EHC). Reported once per learner, at the HNS record, with the DateOfBirth and the first FundModel 25 aim marked.
 */
export const DateOfBirth_34: LearnerRule = {
  ...officialMeta('DateOfBirth_34', { entity: 'LearnerFAM', fields: ['DateOfBirth', 'FundModel', 'LearnFAMType'], group: 'identity' }),
  scope: 'learner',
  check(learner, ctx) {
    const age = ageAt(learner, augustThirtyFirst(ctx.year));
    if (age === undefined || age < 19 || age > 24) return;
    const hns = learnerFamsOf(learner, 'HNS')[0];
    if (!hns || hasLearnerFam(learner, 'EHC')) return;
    const aim = deliveries(learner).find((a) => int(a, 'FundModel') === 25);
    if (aim) ctx.report(hns, 'LearnFAMType', { related: [{ record: learner, field: 'DateOfBirth' }, { record: aim, field: 'FundModel' }] });
  },
};
