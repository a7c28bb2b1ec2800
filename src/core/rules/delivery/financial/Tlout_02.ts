import { officialMeta } from '../../catalogue/official-meta';
import { lookupRule } from '../../learner/code-lookup';

/** Tlout_02 (error): if returned, the Tailored learning outcome (TLOut) must be a code of the year's list (1–11). Not in ESFA's 2020-21 service. */
export const Tlout_02 = {
  ...lookupRule(officialMeta('Tlout_02', { entity: 'LearningDelivery', fields: ['TLOut'], group: 'codes' }), { records: ['LearningDelivery'], field: 'TLOut' }),
  years: { from: '2122' },
};
