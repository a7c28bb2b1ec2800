import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { addYears, dpEveryYear } from './dp-shared';

/**
 * OutStartDate_02: the Outcome start date must not be more than one year after the end of the teaching year.
 * As ESFA's service (OutStartDate_02Rule): fires when OutStartDate > (year end + 1 year), e.g. after 31 Jul 2022 for
 * 2020-21; exactly one year after is fine. Reported at OutStartDate, once per outcome.
 */
const MESSAGE = 'The Outcome start date must not be more than one year after the end of the current teaching year';

export const OutStartDate_02: DestinationRule = {
  id: 'OutStartDate_02',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: "Future outcomes may be recorded only with a definite start date, and not more than a year after the teaching year ends. Source: ESFA's 2020-21 validation service (OutStartDate_02Rule).",
  entity: 'DPOutcome',
  fields: ['OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const limit = addYears(ctx.year.end, 1);
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      if (start !== undefined && start > limit) ctx.report(o, 'OutStartDate');
    }
  },
};
