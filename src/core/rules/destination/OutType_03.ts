import type { DestinationRule } from '../types';
import { dpEveryYear } from './dp-shared';
import { checkRepeatedTypes } from './repeated-types';

/**
 * OutType_03: on any one Outcome start date, a learner must not have more than two EDU (education) outcomes.
 * As ESFA's service (OutType_03Rule): outcomes grouped by OutStartDate; a group with three or more EDU outcomes is
 * reported once, at the third EDU outcome's OutType.
 */
const MESSAGE = 'The learner must not have more than two Education (EDU) outcomes with the same Outcome start date';

export const OutType_03: DestinationRule = {
  id: 'OutType_03',
  ...dpEveryYear('error'),
  message: MESSAGE,
  description:
    "A learner may have at most two EDU outcomes starting on the same date (e.g. a part-time and a full-time course). Source: ESFA's 2020-21 validation service (OutType_03Rule).",
  entity: 'DPOutcome',
  fields: ['OutType', 'OutStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    checkRepeatedTypes(ldp, ctx, MESSAGE, (type) => type === 'EDU', 2);
  },
};
