import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/**
 * LearnDelFAMType_04 (error): each LearningDeliveryFAM code must be a valid code for its FAM type (a code of another
 * type, or a type the year's list does not know, fails). (A learning-delivery rule; it lives with the learner rules'
 * code-list machinery.)
 */
export const LearnDelFAMType_04 = lookupRule(
  officialMeta('LearnDelFAMType_04', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMCode'], group: 'codes' }),
  { records: ['LearningDelivery', 'LearningDeliveryFAM'], field: 'LearnDelFAMCode', typeField: 'LearnDelFAMType' },
  () => 'LearnDelFAMCode',
);
