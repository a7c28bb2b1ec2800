import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** AimType_01 (error): each aim's AimType must be a valid code of the year's list. (A learning-delivery rule; it lives with the learner rules' code-list machinery.) */
export const AimType_01 = lookupRule(officialMeta('AimType_01', { entity: 'LearningDelivery', fields: ['AimType'], group: 'codes' }), { records: ['LearningDelivery'], field: 'AimType' });
