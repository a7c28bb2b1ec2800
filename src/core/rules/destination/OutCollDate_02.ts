import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { addYears, dpEveryYear } from './dp-shared';

/**
 * OutCollDate_02: the Outcome collection date must not be more than 10 years before the start of the teaching year.
 * As ESFA's service (OutCollDate_02Rule): fires when OutCollDate < (year start − 10 years); exactly 10 years before is
 * fine. Reported at OutCollDate, once per outcome.
 */
const MESSAGE = 'The Outcome collection date must not be more than 10 years before the start of the current teaching year';

export const OutCollDate_02: DestinationRule = {
  id: 'OutCollDate_02',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: "A collection date more than 10 years before the teaching year began is almost certainly a typing error. Source: ESFA's 2020-21 validation service (OutCollDate_02Rule).",
  entity: 'DPOutcome',
  fields: ['OutCollDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const limit = addYears(ctx.year.start, -10);
    for (const o of dpOutcomes(ldp)) {
      const d = date(o, 'OutCollDate');
      if (d !== undefined && d < limit) ctx.report(o, 'OutCollDate');
    }
  },
};
