import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, countryIn, heCheck } from './he-shared';

/**
 * MSTUFEE_04 (warning): when the Country of Permanent Address (PERMADDCOUNTRY) is Northern Ireland (XG), the Major
 * source of tuition fees (MSTUFEE) should not be 2 (English or Welsh LEA award) or 3 (Student Awards Agency for
 * Scotland). The country code is compared trimmed, in any case.
 * Decision: the official Description repeats MSTUFEE_03's (Scotland; codes 2 or 4); the DetailedDescription
 * (Northern Ireland, XG; codes 2 or 3), which ESFA's 2020-21 service also implements, is followed.
 * 2020-21 (variant): the field was DOMICILE; ESFA's 2020-21 service reads it and compares it exactly (a lower-case
 * code does not match).
 */
const COUNTRIES = ['XG'];
const CODES = [2, 3];
const check = (field: string, exact: boolean) =>
  heCheck(({ he }) => (countryIn(he, field, COUNTRIES, exact) && CODES.includes(code(he, 'MSTUFEE') ?? -1) ? 'MSTUFEE' : undefined));

export const MSTUFEE_04: LearnerRule = {
  ...officialMeta('MSTUFEE_04', { entity: 'LearningDeliveryHE', fields: ['MSTUFEE', 'PERMADDCOUNTRY'], group: 'he' }),
  scope: 'learner',
  check: check('PERMADDCOUNTRY', false),
  variants: [
    {
      years: { to: '2021' },
      fields: ['MSTUFEE', 'DOMICILE'],
      check: check('DOMICILE', true),
      why: "2020-21 returned the country as DOMICILE (PERMADDCOUNTRY from 2025-26); ESFA's 2020-21 service compares it exactly.",
    },
  ],
};
