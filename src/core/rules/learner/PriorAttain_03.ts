import type { IlrYear } from '../../years/year';
import { officialMeta } from '../catalogue/official-meta';
import { lookupRule } from './code-lookup';

/**
 * PriorAttain_03 (error): if returned, the prior attainment level must be a valid code of the year's list.
 * The field moved: from 2021-22 it is PriorAttain.PriorLevel (a repeating PriorAttain record); in 2020-21 it was the
 * learner's own PriorAttain field, with an older numbering (ESFA's 2020-21 service checks Learner.PriorAttain against
 * that year's list). Which one a year has is read from its XSD. The rule runs only where the year's own list is known:
 * the product has no 2025-26 PriorLevel list yet (see assets/codes), so for 2025-26 it is listed as not implemented.
 */
function nested(year: IlrYear): boolean {
  return year.schema.byPath.has('Message/Learner/PriorAttain/PriorLevel');
}

const rule2021 = lookupRule(officialMeta('PriorAttain_03', { entity: 'Learner', fields: ['PriorAttain'], group: 'codes' }), { records: [], field: 'PriorAttain' });
const ruleNested = lookupRule(officialMeta('PriorAttain_03', { entity: 'PriorAttain', fields: ['PriorLevel'], group: 'codes' }), { records: ['PriorAttain'], field: 'PriorLevel' });

export const PriorAttain_03 = {
  ...ruleNested,
  appliesTo: (year: IlrYear) => (nested(year) ? ruleNested.appliesTo!(year) : year.schema.byPath.has('Message/Learner/PriorAttain') && rule2021.appliesTo!(year)),
  check: (learner: Parameters<typeof ruleNested.check>[0], ctx: Parameters<typeof ruleNested.check>[1]) =>
    nested(ctx.year) ? ruleNested.check(learner, ctx) : rule2021.check(learner, ctx),
};
