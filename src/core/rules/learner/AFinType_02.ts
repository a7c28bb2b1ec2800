import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/**
 * AFinType_02 (error): each apprenticeship financial record's code must be a valid code for its financial type (TNP,
 * PMR). (A learning-delivery rule; it lives with the learner rules' code-list machinery.)
 */
export const AFinType_02 = lookupRule(
  officialMeta('AFinType_02', { entity: 'AppFinRecord', fields: ['AFinType', 'AFinCode'], group: 'codes' }),
  { records: ['LearningDelivery', 'AppFinRecord'], field: 'AFinCode', typeField: 'AFinType' },
  () => 'AFinCode',
);
