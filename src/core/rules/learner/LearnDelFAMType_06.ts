import { date, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { hasDeliveryFam } from '../derived/aims';
import type { LearnerRule } from '../types';
import { validToRule, type Held } from './code-lookup';

/**
 * LearnDelFAMType_06 (error): the aim's LearnStartDate must not be after the "valid to" date of a LearningDeliveryFAM
 * type and code it returns. Not for restarts (an aim with RES): a restarted aim keeps the codes of its original start.
 * An unknown code is LearnDelFAMType_04's to report.
 * 2020-21 (variant): ESFA's 2020-21 service skips an aim with a RES record whatever its code, and fires for a FAM
 * type and code its list does not have at all (it asks whether the code is "vaguely current": in the list and not
 * ended), so an unknown code is reported here as well as by LearnDelFAMType_04. Followed for 2020-21.
 */
const meta = officialMeta('LearnDelFAMType_06', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMCode', 'LearnStartDate'], group: 'codes' });
const target = { records: ['LearningDelivery', 'LearningDeliveryFAM'], field: 'LearnDelFAMCode', typeField: 'LearnDelFAMType' };
const startOf = (_learner: unknown, held: Held) => (held.aim ? date(held.aim, 'LearnStartDate') : undefined);

function hasRes(aim: IlrRecord): boolean {
  return kids(aim, 'LearningDeliveryFAM').some((f) => text(f, 'LearnDelFAMType')?.trim().toUpperCase() === 'RES');
}

const rule = validToRule(meta, target, startOf, (held) => held.aim !== undefined && hasDeliveryFam(held.aim, 'RES', '1'));
const rule2021 = validToRule(meta, target, startOf, (held) => held.aim !== undefined && hasRes(held.aim), { unknown: true });

export const LearnDelFAMType_06: LearnerRule = {
  ...rule,
  variants: [
    {
      years: { to: '2021' },
      check: rule2021.check,
      why: "ESFA's 2020-21 service skips any aim with a RES record and reports a FAM type and code that is not in its list at all, as well as one used after its valid-to date.",
    },
  ],
};
