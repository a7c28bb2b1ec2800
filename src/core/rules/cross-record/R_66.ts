import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { fundModelOf, isComponentAim, isProgrammeAim, withoutPartner } from './cross-shared';

const funded = (a: Parameters<typeof isComponentAim>[0]): boolean => isComponentAim(a) && fundModelOf(a) !== 99;

/**
 * R_66 (error): a funded component aim (AimType 3, FundModel not 99) must have a programme aim (AimType 1) with the same
 * FundModel, ProgType and StdCode. Each component without one is reported at its FundModel.
 * 2020-21 (ESFA's 2020-21 service, R66Rule): FworkCode and PwayCode are matched too.
 */
export const R_66: LearnerRule = {
  ...officialMeta('R_66', { entity: 'LearningDelivery', fields: ['AimType', 'FundModel', 'ProgType', 'StdCode'], group: 'cross-record' }),
  scope: 'learner',
  check(learner, ctx) {
    for (const a of withoutPartner(learner, funded, isProgrammeAim, ['FundModel', 'ProgType', 'StdCode'])) ctx.report(a, 'FundModel');
  },
  variants: [
    {
      years: { to: '2021' },
      fields: ['AimType', 'FundModel', 'ProgType', 'FworkCode', 'PwayCode', 'StdCode'],
      check(learner, ctx) {
        for (const a of withoutPartner(learner, funded, isProgrammeAim, ['FundModel', 'ProgType', 'FworkCode', 'PwayCode', 'StdCode'])) ctx.report(a, 'FundModel');
      },
      why: "ESFA's 2020-21 service matches frameworks too (FworkCode, PwayCode).",
    },
  ],
};
