import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { addYears, dpEveryYear } from './dp-shared';

/**
 * OutStartDate_01: the Outcome start date must not be more than 10 years before the start of the teaching year.
 * As ESFA's service (OutStartDate_01Rule): fires when OutStartDate < (year start − 10 years), e.g. before 1 Aug 2010
 * for 2020-21; exactly 10 years before is fine. Reported at OutStartDate, once per outcome.
 */
const MESSAGE = 'The Outcome start date must not be more than 10 years before the start of the current teaching year';

export const OutStartDate_01: DestinationRule = {
  id: 'OutStartDate_01',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: "An outcome start date more than 10 years before the teaching year began is almost certainly a typing error. Source: ESFA's 2020-21 validation service (OutStartDate_01Rule).",
  entity: 'DPOutcome',
  fields: ['OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const limit = addYears(ctx.year.start, -10);
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      if (start !== undefined && start < limit) ctx.report(o, 'OutStartDate');
    }
  },
};
