import { date, dpOutcomes } from '../../model/access';
import { isValidCode } from '../../codes';
import type { DestinationRule } from '../types';
import { OUT_TYPES, dpEveryYear, outCode, outType } from './dp-shared';

/**
 * OutType_05: for an outcome of one of the seven outcome types, the type and code combination must be valid on the
 * Outcome start date (a code's valid-from/valid-to dates, e.g. OTH 2 "not reported" ended 31 July 2015).
 * As ESFA's service (OutType_05Rule): a combination that is not in the list at all is not "current" either, so it is
 * reported here as well as by OutType_01; outcomes of an unknown type are left to OutType_01. An outcome with no valid
 * OutStartDate is checked without a date (the field-definition rules report the date). Reported at OutStartDate.
 */
const MESSAGE = 'The Outcome type and Outcome code combination is not valid for this Outcome start date';
const TYPES: ReadonlySet<string> = new Set(OUT_TYPES);

export const OutType_05: DestinationRule = {
  id: 'OutType_05',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "Each destination outcome's type and code must be valid on its Outcome start date (some codes were withdrawn, e.g. OTH 2 ended 31 July 2015). Source: ESFA's 2020-21 validation service (OutType_05Rule).",
  entity: 'DPOutcome',
  fields: ['OutType', 'OutCode', 'OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    for (const o of dpOutcomes(ldp)) {
      const type = outType(o);
      if (type === undefined || !TYPES.has(type)) continue;
      const code = outCode(o);
      const start = date(o, 'OutStartDate');
      const valid = code !== undefined && isValidCode(ctx.year.code, 'OutCode', code, { type, ...(start ? { onDate: start } : {}) }) === true;
      if (!valid) ctx.report(o, 'OutStartDate', { message: `${MESSAGE}: ${type} ${code ?? '(no code)'}` });
    }
  },
};
