import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { inSpan } from '../year-span';
import { lookupRule, recordsAt, reportValue } from './code-lookup';

/**
 * PrimaryLLDD_02 (error): if returned, PrimaryLLDD must be a valid code of the year's list.
 * 2020-21 (variant): ESFA's 2020-21 service does not use a lookup list for this field: the one valid code is 1
 * ("Primary LLDD and health problem"), and any other returned value fails. So the rule runs for 2020-21 although the
 * 2020-21 lookups shipped (ESFA's Learner Entry Tool) have no PrimaryLLDD list; other years use their own list.
 */
const rule = lookupRule(officialMeta('PrimaryLLDD_02', { entity: 'LLDDandHealthProblem', fields: ['PrimaryLLDD'], group: 'codes' }), {
  records: ['LLDDandHealthProblem'],
  field: 'PrimaryLLDD',
});

export const PrimaryLLDD_02: LearnerRule = {
  ...rule,
  appliesTo: (year) => inSpan(year, { to: '2021' }) || rule.appliesTo!(year),
  variants: [
    {
      years: { to: '2021' },
      check(learner, ctx) {
        for (const held of recordsAt(learner, ['LLDDandHealthProblem'])) {
          const v = text(held.rec, 'PrimaryLLDD')?.trim();
          if (v !== undefined && !(/^\d+$/.test(v) && Number(v) === 1)) reportValue(ctx, held, 'PrimaryLLDD');
        }
      },
      why: "ESFA's 2020-21 service accepts only the code 1 (it has no lookup list for the field).",
    },
  ],
};
