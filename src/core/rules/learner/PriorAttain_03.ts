import type { IlrYear } from '../../years/year';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { lookupRule } from './code-lookup';

/**
 * PriorAttain_03 (error): if returned, the prior attainment level must be a valid code of the year's list.
 * The field moved: from 2021-22 it is PriorAttain.PriorLevel (a repeating PriorAttain record); in 2020-21 it was the
 * learner's own PriorAttain field, with an older numbering (ESFA's 2020-21 service checks Learner.PriorAttain against
 * that year's list): the 2020-21 variant. The rule runs only where the year's own list is known; the 2025-26
 * PriorLevel list (1–10, 97, 98, 99) is inferred, not seen on an official page (see assets/codes).
 */
const rule2021 = lookupRule(officialMeta('PriorAttain_03', { entity: 'Learner', fields: ['PriorAttain'], group: 'codes' }), { records: [], field: 'PriorAttain' });
const ruleNested = lookupRule(officialMeta('PriorAttain_03', { entity: 'PriorAttain', fields: ['PriorLevel'], group: 'codes' }), { records: ['PriorAttain'], field: 'PriorLevel' });

function nested(year: IlrYear): boolean {
  return year.schema.byPath.has('Message/Learner/PriorAttain/PriorLevel');
}

export const PriorAttain_03: LearnerRule = {
  ...ruleNested,
  appliesTo: (year) => (nested(year) ? ruleNested.appliesTo!(year) : rule2021.appliesTo!(year)),
  variants: [
    {
      years: { to: '2021' },
      fields: rule2021.fields,
      check: rule2021.check,
      why: "the field is the learner's own PriorAttain, checked against the 2020-21 list (PriorAttain.PriorLevel replaced it from 2021-22).",
    },
  ],
};
