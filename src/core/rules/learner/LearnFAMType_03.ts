import { officialMeta } from '../catalogue/official-meta';
import { earliestStart } from '../derived/earliest-start';
import { validToRule } from './code-lookup';

/**
 * LearnFAMType_03 (error): the learner's earliest learning start date (DD06) must not be after the "valid to" date of
 * the LearnerFAM type and code returned (e.g. NLM 21 closed on 2024-07-31). An unknown code is LearnFAMType_01's.
 */
export const LearnFAMType_03 = validToRule(
  officialMeta('LearnFAMType_03', { entity: 'LearnerFAM', fields: ['LearnFAMType', 'LearnFAMCode', 'LearnStartDate'], group: 'codes' }),
  { records: ['LearnerFAM'], field: 'LearnFAMCode', typeField: 'LearnFAMType' },
  (learner, _rec, ctx) => earliestStart(learner, ctx),
);
