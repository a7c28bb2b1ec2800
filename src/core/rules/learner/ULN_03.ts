import { deliveries } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { fundModel, learnerHasDeliveryFam } from '../derived/aims';
import { filePreparationDate, followsEsfa2021, januaryFirst } from '../derived/message';
import type { LearnerRule } from '../types';
import { hasTemporaryUln, reportUln } from './uln-shared';

/**
 * ULN_03 (warning): before 1 January of the teaching year (file preparation date), the temporary ULN should not be used,
 * for all learning, unless the learner has an apprenticeship funded by a contract with the employer (ACT = 1).
 * 2020-21 decision: ESFA's 2020-21 service only fires when the learner has an aim with FundModel 25, 82, 35, 36, 81 or 70;
 * that is the reference for 2020-21. The 2025-26 text says "for all learning", so from 2021-22 on any aim counts.
 */
const FUND_MODELS_2021 = new Set([25, 82, 35, 36, 81, 70]);

export const ULN_03: LearnerRule = {
  ...officialMeta('ULN_03', { entity: 'Learner', fields: ['ULN', 'FundModel', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'ULN' }),
  scope: 'learner',
  check(learner, ctx) {
    if (!hasTemporaryUln(learner)) return;
    if (!(filePreparationDate(ctx) < januaryFirst(ctx.year))) return;
    if (learnerHasDeliveryFam(learner, 'ACT', '1')) return;
    const aims = deliveries(learner);
    const aim = followsEsfa2021(ctx.year) ? aims.find((a) => FUND_MODELS_2021.has(fundModel(a) ?? -1)) : aims[0];
    if (aim) reportUln(ctx, learner, aim);
  },
};
