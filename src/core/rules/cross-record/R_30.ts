import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimKey, groupBy, isComponentAim, isProgrammeAim, progType, withoutPartner } from './cross-shared';

const FIELDS_2526 = ['ProgType', 'StdCode'];
const FIELDS_2021 = ['ProgType', 'FworkCode', 'PwayCode'];

/**
 * R_30 (error): a component aim (AimType 3) must have a programme aim (AimType 1) with the same ProgType and StdCode.
 * Each component aim without one is reported at its AimType.
 * 2020-21 (ESFA's 2020-21 service, R30Rule): aims are matched on ProgType, FworkCode and PwayCode, apprenticeship
 * standards (ProgType 25) are not checked, and one finding is made per unmatched group, at its first component aim.
 */
export const R_30: LearnerRule = {
  ...officialMeta('R_30', { entity: 'LearningDelivery', fields: ['AimType', 'ProgType', 'StdCode'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const a of withoutPartner(learner, isComponentAim, isProgrammeAim, FIELDS_2526)) ctx.report(a, 'AimType');
  },
  variants: [
    {
      years: { to: '2021' },
      fields: ['AimType', 'ProgType', 'FworkCode', 'PwayCode'],
      check(learner, ctx) {
        for (const group of groupBy(deliveries(learner), (a) => aimKey(a, FIELDS_2021)).values()) {
          if (progType(group[0]!) === 25) continue;
          const first = group.find(isComponentAim);
          if (first && !group.some(isProgrammeAim)) ctx.report(first, 'AimType');
        }
      },
      why: "ESFA's 2020-21 service matches frameworks (ProgType, FworkCode, PwayCode), skips standards (ProgType 25) and reports once per unmatched programme.",
    },
  ],
};
