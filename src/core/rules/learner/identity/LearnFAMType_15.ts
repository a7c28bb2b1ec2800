import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, learnerFam } from './identity-shared';

/**
 * LearnFAMType_15 (error): a learner exempt from the maths GCSE condition of funding because of learning difficulties or
 * disabilities (MCF 1) must have an Education health care plan (a LearnerFAM of type EHC). Reported at the MCF record.
 * The 2025-26 text asks for EHC only (its condition and its error condition agree).
 * 2020-21 (variant): ESFA's 2020-21 service accepts a LearnerFAM of type SEN as well as EHC.
 */
const check = (plans: readonly string[]): LearnerRule['check'] => (learner: IlrRecord, ctx) => {
  const fam = learnerFam(learner, 'MCF', '1');
  if (fam && !plans.some((t) => hasLearnerFam(learner, t))) ctx.report(fam, 'LearnFAMType');
};

export const LearnFAMType_15: LearnerRule = {
  ...officialMeta('LearnFAMType_15', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: check(['EHC']),
  variants: [{ years: { to: '2021' }, check: check(['SEN', 'EHC']), why: "ESFA's 2020-21 service accepts a LearnerFAM of type SEN as well as EHC." }],
};
