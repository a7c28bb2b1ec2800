import { text } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, isNone } from './fields-shared';

/**
 * EngGrade_04 (error): a learner exempt from or meeting the English condition of funding (LearnerFAM ECF 2, 3 or 4)
 * must have EngGrade "NONE". Decision: a grade that is not returned is EngGrade_01's to report, so only a returned
 * grade other than "NONE" (in any case) fires here, as MathGrade_04 does.
 * 2020-21 (variant): ESFA's 2020-21 service also fires when EngGrade is not returned (its MathGrade_04 does not).
 */
const check = (blankFires: boolean): LearnerRule['check'] => (learner, ctx) => {
  const grade = text(learner, 'EngGrade');
  if (grade === undefined ? !blankFires : isNone(grade)) return;
  if (hasLearnerFam(learner, 'ECF', ['2', '3', '4'])) ctx.report(learner, 'EngGrade');
};

export const EngGrade_04: LearnerRule = {
  ...officialMeta('EngGrade_04', { entity: 'Learner', fields: ['EngGrade', 'LearnFAMType', 'LearnFAMCode'], group: 'learner-fields' }),
  scope: 'learner',
  check: check(false),
  variants: [{ years: { to: '2021' }, check: check(true), why: "ESFA's 2020-21 service also fires when EngGrade is not returned." }],
};
