import { date, dpOutcomes } from '../../model/access';
import type { DestinationRule } from '../types';
import { dpEveryYear } from './dp-shared';

/**
 * OutEndDate_01: the Outcome end date must not be before the Outcome start date. As ESFA's service
 * (OutEndDate_01Rule): fires when OutStartDate > OutEndDate; an end date equal to the start date is fine; a missing
 * end date is fine. Reported at OutEndDate, once per outcome.
 */
const MESSAGE = 'The Outcome end date must not be before the Outcome start date';

export const OutEndDate_01: DestinationRule = {
  id: 'OutEndDate_01',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: "An outcome cannot end before it starts. Source: ESFA's 2020-21 validation service (OutEndDate_01Rule).",
  entity: 'DPOutcome',
  fields: ['OutStartDate', 'OutEndDate'],
  scope: 'destination',
  check(ldp, ctx) {
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      const end = date(o, 'OutEndDate');
      if (start !== undefined && end !== undefined && start > end) ctx.report(o, 'OutEndDate');
    }
  },
};
