import { date, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { validToRule, type Held } from '../learner/code-lookup';
import type { LearnerRule } from '../types';
import { hasHeList, heValidToCheck } from './he-shared';

/**
 * QUALENT3_03 (error): if returned, the aim's LearnStartDate must not be after the "valid to" date of its QUALENT3 code
 * (e.g. P70, closed on 2013-07-31; P91, closed on 2014-07-31). Not for restarts (an aim with a RES record, whatever its
 * code, as the exclusion names the type only). An unknown code is QUALENT3_02's to report.
 * 2020-21 (variant): ESFA's 2020-21 service fires when the code is not current on the start date: a code its lookup
 * lacks, or a start before the code's valid-from date, fires too. Followed for 2020-21.
 */
const meta = officialMeta('QUALENT3_03', { entity: 'LearningDeliveryHE', fields: ['QUALENT3', 'LearnStartDate', 'LearnDelFAMType'], group: 'codes' });
const target = { records: ['LearningDelivery', 'LearningDeliveryHE'], field: 'QUALENT3' };
const startOf = (_learner: unknown, held: Held) => (held.aim ? date(held.aim, 'LearnStartDate') : undefined);

function isRestart(aim: IlrRecord | undefined): boolean {
  return kids(aim, 'LearningDeliveryFAM').some((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === 'RES');
}
const restart = (held: Held) => isRestart(held.aim);

export const QUALENT3_03: LearnerRule = {
  ...validToRule(meta, target, startOf, restart),
  appliesTo: (year) => hasHeList(year, 'QUALENT3'),
  variants: [
    {
      years: { to: '2021' },
      check: heValidToCheck(target, startOf, restart, { validFrom: true, unknown: true }),
      why: "ESFA's 2020-21 service reports a code that is not current on the start date: not in its lookup at all, before its valid-from date, or after its valid-to date.",
    },
  ],
};
