import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { dpEveryYear, outType } from './dp-shared';

/**
 * OutType_04: a learner must not be both in paid employment (EMP) and not in paid employment (NPE) from the same
 * Outcome start date. As ESFA's service (OutType_04Rule): reported once per destination record, when an EMP and an
 * NPE outcome share an OutStartDate; at the later-listed of the two outcomes' OutType.
 */
const MESSAGE = 'The learner must not have both an EMP and an NPE outcome with the same Outcome start date';

export const OutType_04: DestinationRule = {
  id: 'OutType_04',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "A learner cannot be in paid employment (EMP) and not in paid employment (NPE) from the same date: one of the two outcomes is wrong, or its start date is. Source: ESFA's 2020-21 validation service (OutType_04Rule).",
  entity: 'DPOutcome',
  fields: ['OutType', 'OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const seen = new Map<string, string>();
    for (const o of dpOutcomes(ldp)) {
      const type = outType(o);
      const start = date(o, 'OutStartDate');
      if (start === undefined || (type !== 'EMP' && type !== 'NPE')) continue;
      const other = seen.get(start);
      if (other !== undefined && other !== type) {
        ctx.report(o, 'OutType', { message: `${MESSAGE} (${start})` });
        return;
      }
      seen.set(start, type);
    }
  },
};
