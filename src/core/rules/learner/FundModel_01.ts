import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/** FundModel_01 (error): each aim's FundModel must be a valid code of the year's list. (A learning-delivery rule; it lives with the learner rules' code-list machinery.) */
export const FundModel_01 = lookupRule(officialMeta('FundModel_01', { entity: 'LearningDelivery', fields: ['FundModel'], group: 'codes' }), { records: ['LearningDelivery'], field: 'FundModel' });
