import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimKey, aimType, groupBy, isComponentAim, isOpen, isProgrammeAim, withoutPartner } from './cross-shared';

const FIELDS_2021 = ['ProgType', 'FworkCode', 'PwayCode'];

/**
 * R_31 (error): an open programme aim (AimType 1, no LearnActEndDate) must have a component aim (AimType 3) with the
 * same ProgType and StdCode. (The error condition's "no component aim (AimType = 1)" is a slip for AimType 3, as its
 * first sentence and the message say.) Each open programme aim without one is reported at its AimType.
 * 2020-21 (ESFA's 2020-21 service, R31Rule): aims are matched on ProgType, FworkCode and PwayCode, a core aim (AimType
 * 5) counts as a component, and one finding is made per unmatched group, at its first open programme aim.
 */
export const R_31: LearnerRule = {
  ...officialMeta('R_31', { entity: 'LearningDelivery', fields: ['AimType', 'LearnActEndDate', 'ProgType', 'StdCode'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const a of withoutPartner(learner, (x) => isProgrammeAim(x) && isOpen(x), isComponentAim, ['ProgType', 'StdCode'])) ctx.report(a, 'AimType');
  },
  variants: [
    {
      years: { to: '2021' },
      fields: ['AimType', 'LearnActEndDate', 'ProgType', 'FworkCode', 'PwayCode'],
      check(learner, ctx) {
        for (const group of groupBy(deliveries(learner), (a) => aimKey(a, FIELDS_2021)).values()) {
          const open = group.find((a) => isProgrammeAim(a) && isOpen(a));
          if (open && !group.some((a) => aimType(a) === 3 || aimType(a) === 5)) ctx.report(open, 'AimType');
        }
      },
      why: "ESFA's 2020-21 service matches frameworks (ProgType, FworkCode, PwayCode), counts a core aim (AimType 5) as a component and reports once per unmatched programme.",
    },
  ],
};
