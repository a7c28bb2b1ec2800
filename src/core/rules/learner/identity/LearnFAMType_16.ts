import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { hasLearnerFam, learnerFam } from './identity-shared';

/**
 * LearnFAMType_16 (error): a learner exempt from the English GCSE condition of funding because of learning difficulties or
 * disabilities (ECF 1) must have an Education health care plan (a LearnerFAM of type EHC). Reported at the ECF record.
 * Decision: the 2025-26 text says "an SEN or EHC plan" in its condition but its error condition is "LearnFAMType <> EHC",
 * as LearnFAMType_15's and the message ("there is no Education health care plan recorded"): EHC only is accepted.
 * 2020-21 (variant): ESFA's 2020-21 service accepts a LearnerFAM of type SEN as well as EHC.
 */
const check = (plans: readonly string[]): LearnerRule['check'] => (learner: IlrRecord, ctx) => {
  const fam = learnerFam(learner, 'ECF', '1');
  if (fam && !plans.some((t) => hasLearnerFam(learner, t))) ctx.report(fam, 'LearnFAMType');
};

export const LearnFAMType_16: LearnerRule = {
  ...officialMeta('LearnFAMType_16', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode'], group: 'identity' }),
  scope: 'learner',
  check: check(['EHC']),
  variants: [{ years: { to: '2021' }, check: check(['SEN', 'EHC']), why: "ESFA's 2020-21 service accepts a LearnerFAM of type SEN as well as EHC." }],
};
