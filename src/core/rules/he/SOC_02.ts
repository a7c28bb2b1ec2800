import { officialMeta } from '../catalogue/official-meta';
import { BRITISH_ISLES, countryIn, heRule, known, startsFrom } from './he-shared';

/**
 * SOC_02 (error): an aim started on or after 1 August 2013 that returns a UCAS scheme code (UCASSCHEMECODE) and whose
 * Country of Permanent Address (PERMADDCOUNTRY) is in the British Isles (XF, XG, XH, XI, XK) must return the
 * Occupation code (SOC). (The official Description is cut short; the DetailedDescription is followed.) ESFA's 2020-21
 * service had the rule as SOC2000_02 (field SOC2000), which the 2020-21 list does not map to this one.
 */
export const SOC_02 = heRule(
  officialMeta('SOC_02', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'UCASSCHEMECODE', 'PERMADDCOUNTRY', 'SOC'], group: 'he', years: { from: '2122' } }),
  ({ aim, he }) => (startsFrom(aim, '2013-08-01') && known(he, 'UCASSCHEMECODE') && countryIn(he, 'PERMADDCOUNTRY', BRITISH_ISLES) && !known(he, 'SOC') ? 'SOC' : undefined),
);
