import { dpOutcomes } from '../../model/access';
import { isValidCode } from '../../codes';
import type { DestinationRule } from '../types';
import { DP_SOURCE, dpEveryYear, outCode, outType } from './dp-shared';

/**
 * OutType_01: the Outcome type and Outcome code combination must be in the specification's list (any date).
 * As ESFA's service: an outcome with no OutType is left to the field-definition rules; otherwise the pair
 * `OutType`+`OutCode` must be a known combination (the list is src/core/codes, OutCode:<type>). Unknown types fail
 * too (no list for them). Reported at the OutCode cell, once per outcome. Source: ESFA's 2020-21 validation service (OutType_01Rule).
 */
const MESSAGE = 'The Outcome type and Outcome code combination is not valid';

export const OutType_01: DestinationRule = {
  id: 'OutType_01',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description: `Each destination outcome's type and code must be a valid pair from the specification (e.g. EMP 1, EDU 4). Source: ${DP_SOURCE}.`,
  entity: 'DPOutcome',
  fields: ['OutType', 'OutCode'],
  scope: 'destination',
  check(ldp, ctx) {
    for (const o of dpOutcomes(ldp)) {
      const type = outType(o);
      if (type === undefined) continue;
      const code = outCode(o);
      const valid = code !== undefined && isValidCode(ctx.year.code, 'OutCode', code, { type }) === true;
      if (!valid) ctx.report(o, 'OutCode', { message: `${MESSAGE}: ${type} ${code ?? '(no code)'}` });
    }
  },
};
