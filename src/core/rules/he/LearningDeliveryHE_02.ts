import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { ofsFunded } from '../learner/ULN_10';
import type { LearnerRule } from '../types';
import { heOf, selfContainedIn } from './he-shared';

/**
 * LearningDeliveryHE_02 (error): an OfS-funded aim (FundModel 99 and SOF 1) must return a LearningDeliveryHE record.
 * Reported at the aim. The 2025-26 text has no exclusion.
 * 2020-21: ESFA's 2020-21 service also excluded HESA-generated aims (LDM 352) and providers whose legal organisation
 * type is UHEO (a university), from the organisation reference data; the 2020-21 list marks the rule as needing it.
 * The rule therefore does not run for 2020-21 (it is listed as needing reference data) rather than run in part.
 */
export const LearningDeliveryHE_02: LearnerRule = {
  ...officialMeta('LearningDeliveryHE_02', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'he' }),
  scope: 'learner',
  appliesTo: (year) => selfContainedIn(year, 'LearningDeliveryHE_02'),
  check(learner, ctx) {
    for (const aim of deliveries(learner)) if (ofsFunded(aim) && !heOf(aim)) ctx.report(aim, undefined, { entity: 'LearningDeliveryHE' });
  },
};
