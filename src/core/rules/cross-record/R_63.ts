import { deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimType, fundModelOf, hasFam } from './cross-shared';

function r63(excluded: (a: IlrRecord) => boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    const aims = deliveries(learner);
    const first = aims.find((a) => fundModelOf(a) === 25 && !excluded(a));
    if (first && !aims.some((a) => aimType(a) === 5)) ctx.report(first, 'AimType');
  };
}

/**
 * R_63 (error): a 16-19 funded learner (an aim with FundModel 25) must have a core aim (AimType 5). Aims with SOF 105
 * are excluded (they do not make the learner a 16-19 funded one). Reported once, at the first such aim's AimType. (The
 * official message, "must not have more than one core aim at the same time", is R_58's; it is kept as published.)
 * 2020-21 (ESFA's 2020-21 service, R63Rule): no SOF 105 exclusion.
 */
export const R_63: LearnerRule = {
  ...officialMeta('R_63', { entity: 'LearningDelivery', fields: ['FundModel', 'AimType', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'cross-record' }),
  scope: 'learner',
  check: r63((a) => hasFam(a, 'SOF', '105')),
  variants: [{ years: { to: '2021' }, fields: ['FundModel', 'AimType'], check: r63(() => false), why: "ESFA's 2020-21 service has no SOF 105 exclusion." }],
};
