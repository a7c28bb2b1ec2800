import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { BRITISH_ISLES, countryIn, heCheck, known, startsFrom } from './he-shared';

/**
 * SEC_02 (error): an aim started on or after 1 August 2013 that returns a UCAS scheme code (UCASSCHEMECODE) and whose
 * Country of Permanent Address (PERMADDCOUNTRY) is in the British Isles (XF, XG, XH, XI, XK) must return the
 * Socio-economic classification (SEC). (The text's "UCAS application code" is the UCAS scheme code field of 2025-26.)
 * 2020-21 (variant): the fields were UCASAPPID and DOMICILE (ESFA's 2020-21 service compares DOMICILE in any case).
 */
const check = (ucas: string, country: string) =>
  heCheck(({ aim, he }) => (startsFrom(aim, '2013-08-01') && known(he, ucas) && countryIn(he, country, BRITISH_ISLES) && !known(he, 'SEC') ? 'SEC' : undefined));

export const SEC_02: LearnerRule = {
  ...officialMeta('SEC_02', { entity: 'LearningDeliveryHE', fields: ['LearnStartDate', 'UCASSCHEMECODE', 'PERMADDCOUNTRY', 'SEC'], group: 'he' }),
  scope: 'learner',
  check: check('UCASSCHEMECODE', 'PERMADDCOUNTRY'),
  variants: [
    {
      years: { to: '2021' },
      fields: ['LearnStartDate', 'UCASAPPID', 'DOMICILE', 'SEC'],
      check: check('UCASAPPID', 'DOMICILE'),
      why: '2020-21 returned the UCAS application ID (UCASAPPID) and the country as DOMICILE, where 2025-26 has UCASSCHEMECODE and PERMADDCOUNTRY.',
    },
  ],
};
