import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { validToRule, type Held } from './code-lookup';

/**
 * ESMType_11 (error): the date the employment status applies (DateEmpStatApp) must not be after the "valid to" date of
 * the ESM type and code returned with it (e.g. BSI 1-3 closed on 2020-07-31). An unknown code is ESMType_01's.
 * (The official message, "The Length of employment has been returned", is kept as published.)
 * 2020-21 (variant): ESFA's 2020-21 service fires for a monitoring whose type and code is not current on
 * DateEmpStatApp: a type and code its list does not have at all fires too (as well as ESMType_01), and so does a date
 * before the code's "valid from" date. Followed for 2020-21. (The 2020-21 lookups shipped carry no validity dates, so
 * there the rule finds the unknown type/code pairs.)
 */
const meta = officialMeta('ESMType_11', { entity: 'EmploymentStatusMonitoring', fields: ['ESMType', 'ESMCode', 'DateEmpStatApp'], group: 'codes' });
const target = { records: ['LearnerEmploymentStatus', 'EmploymentStatusMonitoring'], field: 'ESMCode', typeField: 'ESMType' };
const applies = (_learner: unknown, held: Held) => date(held.parent, 'DateEmpStatApp');
const rule = validToRule(meta, target, applies);
const rule2021 = validToRule(meta, target, applies, undefined, { validFrom: true, unknown: true });

export const ESMType_11: LearnerRule = {
  ...rule,
  variants: [
    {
      years: { to: '2021' },
      check: rule2021.check,
      why: "ESFA's 2020-21 service reports a monitoring type and code that is not current on the date the status applies: not in the list at all, before its valid-from date, or after its valid-to date.",
    },
  ],
};
