import { officialMeta } from '../catalogue/official-meta';
import { heRule, known, startsFrom } from './he-shared';

/**
 * PERMADDCOUNTRY_01 (error): for an aim with a LearningDeliveryHE record that started on or after 2013-08-01, the
 * Country of Permanent Address (PERMADDCOUNTRY) must be returned. (The official message, "The PERMADDCOUNTRY_01 must
 * be returned for this learning aim", is kept as published.) ESFA's 2020-21 service had the rule as DOMICILE_01 (the
 * field was DOMICILE), which the 2020-21 list does not map to this one.
 */
export const PERMADDCOUNTRY_01 = heRule(
  officialMeta('PERMADDCOUNTRY_01', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'PERMADDCOUNTRY'], group: 'he', years: { from: '2122' } }),
  ({ aim, he }) => (startsFrom(aim, '2013-08-01') && !known(he, 'PERMADDCOUNTRY') ? 'PERMADDCOUNTRY' : undefined),
);
