import type { DestinationRule } from '../types';
import { dpEveryYear } from './dp-shared';
import { checkRepeatedTypes } from './repeated-types';

/**
 * OutType_02: on any one Outcome start date, a learner must not have the same outcome type more than once, for every
 * type except EDU (EDU may appear twice: see OutType_03). As ESFA's service (OutType_02Rule): outcomes are grouped by
 * OutStartDate; a group with a repeated EMP, GAP, NPE, OTH, SDE or VOL is reported once, at the repeated outcome's
 * OutType. Types are compared case-insensitively.
 */
const MESSAGE = 'The learner must not have more than one outcome of this Outcome type with the same Outcome start date';

export const OutType_02: DestinationRule = {
  id: 'OutType_02',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "A learner must not have two outcomes of the same type (other than EDU) starting on the same date, e.g. two EMP outcomes starting 1 September: record one, with the right code. Source: ESFA's 2020-21 validation service (OutType_02Rule).",
  entity: 'DPOutcome',
  fields: ['OutType', 'OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    checkRepeatedTypes(ldp, ctx, MESSAGE, (type) => type !== 'EDU', 1);
  },
};
