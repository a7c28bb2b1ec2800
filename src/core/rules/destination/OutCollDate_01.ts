import { date, dpOutcomes } from '../../model/access';
import { filePreparationDate } from '../derived/message';
import type { DestinationRule } from '../types';
import { dpEveryYear } from './dp-shared';

/**
 * OutCollDate_01: the Outcome collection date must not be after the file preparation date (a destination cannot have
 * been collected in the future). As ESFA's service (OutCollDate_01Rule): reported once per destination record, for the
 * first outcome whose OutCollDate is after the file preparation date; the same date is fine. For a workbook with no
 * FilePreparationDate in its header, the check's as-of date stands in for it (derived/message filePreparationDate).
 */
const MESSAGE = 'The Outcome collection date must not be after the File preparation date';

export const OutCollDate_01: DestinationRule = {
  id: 'OutCollDate_01',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: "A destination's collection date cannot be later than the date the file is prepared. Source: ESFA's 2020-21 validation service (OutCollDate_01Rule).",
  entity: 'DPOutcome',
  fields: ['OutCollDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const prep = filePreparationDate(ctx);
    const o = dpOutcomes(ldp).find((x) => {
      const d = date(x, 'OutCollDate');
      return d !== undefined && d > prep;
    });
    if (o) ctx.report(o, 'OutCollDate', { message: `${MESSAGE} (${prep})` });
  },
};
