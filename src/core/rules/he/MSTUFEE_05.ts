import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { code, countryIn, heCheck } from './he-shared';

/**
 * MSTUFEE_05 (warning): when the Country of Permanent Address (PERMADDCOUNTRY) is England or Wales (XF, XI), the
 * Major source of tuition fees (MSTUFEE) should not be 3 (Student Awards Agency for Scotland) or 4 (DELNI/Northern
 * Ireland Education and Library Boards). The country code is compared trimmed, in any case.
 * 2020-21 (variant): the field was DOMICILE; ESFA's 2020-21 service reads it and compares it in any case.
 */
const COUNTRIES = ['XF', 'XI'];
const CODES = [3, 4];
const check = (field: string, exact: boolean) =>
  heCheck(({ he }) => (countryIn(he, field, COUNTRIES, exact) && CODES.includes(code(he, 'MSTUFEE') ?? -1) ? 'MSTUFEE' : undefined));

export const MSTUFEE_05: LearnerRule = {
  ...officialMeta('MSTUFEE_05', { entity: 'LearningDeliveryHE', fields: ['MSTUFEE', 'PERMADDCOUNTRY'], group: 'he' }),
  scope: 'learner',
  check: check('PERMADDCOUNTRY', false),
  variants: [
    {
      years: { to: '2021' },
      fields: ['MSTUFEE', 'DOMICILE'],
      check: check('DOMICILE', false),
      why: "2020-21 returned the country as DOMICILE (PERMADDCOUNTRY from 2025-26).",
    },
  ],
};
