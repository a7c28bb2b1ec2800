import { officialMeta } from '../catalogue/official-meta';
import { earliestStart } from '../derived/earliest-start';
import { validToRule } from '../learner/code-lookup';
import type { LearnerRule } from '../types';
import { hasHeList, heValidToCheck } from './he-shared';

/**
 * TTACCOM_02 (error): the learner's earliest learning start date (DD06) must not be after the "valid to" date of the
 * TTACCOM code returned. An unknown code is TTACCOM_01's to report. (No TTACCOM code of the product's lists is
 * end-dated, so in practice the rule finds nothing until a list is.)
 * 2020-21 (variant): ESFA's 2020-21 service reports a known code that is not current on DD06, so a date before the
 * code's valid-from date fires too.
 */
const meta = officialMeta('TTACCOM_02', { entity: 'LearnerHE', fields: ['TTACCOM', 'LearnStartDate'], group: 'codes' });
const target = { records: ['LearnerHE'], field: 'TTACCOM' };
const dd06 = (learner: Parameters<typeof earliestStart>[0], _held: unknown, ctx: Parameters<typeof earliestStart>[1]) => earliestStart(learner, ctx);

export const TTACCOM_02: LearnerRule = {
  ...validToRule(meta, target, dd06),
  appliesTo: (year) => hasHeList(year, 'TTACCOM'),
  variants: [
    {
      years: { to: '2021' },
      check: heValidToCheck(target, dd06, undefined, { validFrom: true }),
      why: "ESFA's 2020-21 service reports a code that is not current on the earliest start date: before its valid-from date as well as after its valid-to date.",
    },
  ],
};
