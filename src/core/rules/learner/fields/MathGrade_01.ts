import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimWithFundModel } from './fields-shared';

/** MathGrade_01 (error): a learner with a 16-19 funded aim (FundModel 25) must have a GCSE maths grade (MathGrade). Same in ESFA's 2020-21 service. */
export const MathGrade_01: LearnerRule = {
  ...officialMeta('MathGrade_01', { entity: 'Learner', fields: ['MathGrade', 'FundModel'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'MathGrade') !== undefined) return;
    const aim = aimWithFundModel(learner, [25]);
    if (aim) ctx.report(learner, 'MathGrade', { aim });
  },
};
