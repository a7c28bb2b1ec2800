import { date } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { validToRule, type Held } from '../learner/code-lookup';
import type { LearnerRule } from '../types';
import { hasHeList, heValidToCheck } from './he-shared';

/**
 * MSTUFEE_02 (error): the aim's LearnStartDate must not be after the "valid to" date of its MSTUFEE code (e.g. 33,
 * closed on 2018-07-31). An unknown code is MSTUFEE_01's to report.
 * 2020-21 (variant): ESFA's 2020-21 service fires when the code is not current on the start date: a code its lookup
 * lacks, or a start before the code's valid-from date, fires too. Followed for 2020-21.
 */
const meta = officialMeta('MSTUFEE_02', { entity: 'LearningDeliveryHE', fields: ['MSTUFEE', 'LearnStartDate'], group: 'codes' });
const target = { records: ['LearningDelivery', 'LearningDeliveryHE'], field: 'MSTUFEE' };
const startOf = (_learner: unknown, held: Held) => (held.aim ? date(held.aim, 'LearnStartDate') : undefined);

export const MSTUFEE_02: LearnerRule = {
  ...validToRule(meta, target, startOf),
  appliesTo: (year) => hasHeList(year, 'MSTUFEE'),
  variants: [
    {
      years: { to: '2021' },
      check: heValidToCheck(target, startOf, undefined, { validFrom: true, unknown: true }),
      why: "ESFA's 2020-21 service reports a code that is not current on the start date: not in its lookup at all, before its valid-from date, or after its valid-to date.",
    },
  ],
};
