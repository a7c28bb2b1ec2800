import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimWithFundModel } from './fields-shared';

/** EngGrade_01 (error): a learner with a 16-19 funded aim (FundModel 25) must have a GCSE English grade (EngGrade). Same in ESFA's 2020-21 service. */
export const EngGrade_01: LearnerRule = {
  ...officialMeta('EngGrade_01', { entity: 'Learner', fields: ['EngGrade', 'FundModel'], group: 'learner-fields' }),
  scope: 'learner',
  check(learner, ctx) {
    if (text(learner, 'EngGrade') !== undefined) return;
    const aim = aimWithFundModel(learner, [25]);
    if (aim) ctx.report(learner, 'EngGrade', { aim });
  },
};
