import { text } from '../../model/access';
import { ulnPassesChecksum } from '../derived/uln-check-digit';
import type { DestinationRule } from '../types';
import { dpEveryYear } from './dp-shared';

/**
 * OutULN_01: the ULN on a destination record must pass the ULN checksum. As ESFA's service (OutULN_01Rule with
 * DerivedData_15, the same calculation as DD01): the temporary ULN 9999999999 passes; anything not 10 digits, or whose
 * check digit is wrong, fails. A missing ULN is left to the field-definition rules (and, for years without the entity,
 * a DPOutcome sheet without a ULN column is not reported). Reported at the record's ULN.
 */
const MESSAGE = 'The ULN on the Destination and Progression record is not valid';

export const OutULN_01: DestinationRule = {
  id: 'OutULN_01',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "The Unique Learner Number on a destination record must be a valid ULN (10 digits with the right check digit), or the temporary ULN 9999999999. Source: ESFA's 2020-21 validation service (OutULN_01Rule, DerivedData_15).",
  entity: 'LearnerDestinationandProgression',
  fields: ['ULN'],
  scope: 'destination',
  check(ldp, ctx) {
    const uln = text(ldp, 'ULN');
    if (uln !== undefined && !ulnPassesChecksum(uln)) ctx.report(ldp, 'ULN');
  },
};
