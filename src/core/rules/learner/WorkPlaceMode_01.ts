import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** WorkPlaceMode_01 (error): each work placement's WorkPlaceMode must be a valid code of the year's list. (A learning-delivery rule; it lives with the learner rules' code-list machinery.) */
export const WorkPlaceMode_01 = lookupRule(officialMeta('WorkPlaceMode_01', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceMode'], group: 'codes' }), { records: ['LearningDelivery', 'LearningDeliveryWorkPlacement'], field: 'WorkPlaceMode' });
