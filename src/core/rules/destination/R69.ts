import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { dpEveryYear, outCode, outType } from './dp-shared';

/**
 * R69: a learner's destination record must not hold two outcomes with the same Outcome type, Outcome code and Outcome
 * start date (the specification: "more than one record can be recorded with the same Outcome start date, although they
 * must have different outcome type/code combinations"). As ESFA's service (R69Rule): the type is compared
 * case-insensitively; reported once per destination record, at the first repeated outcome's OutType.
 * Applies in every year (data quality of the kept records): advice where the ILR has no DP entity.
 */
const MESSAGE = 'The learner has more than one outcome with the same Outcome type, Outcome code and Outcome start date';

export const R69: DestinationRule = {
  id: 'R69',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "Two outcomes of a learner with the same type, code and start date are duplicates: keep one (update its collection date instead of adding a record). Source: ESFA's 2020-21 validation service (R69Rule).",
  entity: 'DPOutcome',
  fields: ['OutType', 'OutCode', 'OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const seen = new Set<string>();
    for (const o of dpOutcomes(ldp)) {
      const key = `${outType(o) ?? ''}|${outCode(o) ?? ''}|${date(o, 'OutStartDate') ?? ''}`;
      if (seen.has(key)) {
        ctx.report(o, 'OutType');
        return;
      }
      seen.add(key);
    }
  },
};
