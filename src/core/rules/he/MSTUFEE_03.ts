import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, countryIn, heCheck } from './he-shared';

/**
 * MSTUFEE_03 (warning): when the Country of Permanent Address (PERMADDCOUNTRY) is Scotland (XH), the Major source of
 * tuition fees (MSTUFEE) should not be 2 (English or Welsh LEA award) or 4 (DELNI/Northern Ireland Education and
 * Library Boards). The country code is compared trimmed, in any case.
 * 2020-21 (variant): the field was DOMICILE; ESFA's 2020-21 service reads it and compares it exactly (a lower-case
 * code does not match).
 */
const COUNTRIES = ['XH'];
const CODES = [2, 4];
const check = (field: string, exact: boolean) =>
  heCheck(({ he }) => (countryIn(he, field, COUNTRIES, exact) && CODES.includes(code(he, 'MSTUFEE') ?? -1) ? 'MSTUFEE' : undefined));

export const MSTUFEE_03: LearnerRule = {
  ...officialMeta('MSTUFEE_03', { entity: 'LearningDeliveryHE', fields: ['MSTUFEE', 'PERMADDCOUNTRY'], group: 'he' }),
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
