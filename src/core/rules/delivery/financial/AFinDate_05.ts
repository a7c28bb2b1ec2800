import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { totalAfterResidual } from './price-dates';

/**
 * AFinDate_05 (error): a total training price (TNP1) must not be dated after a residual training price (TNP3) of the aim.
 * Decision: the 2025-26 text compares each TNP1 with each TNP3, so a TNP1 dated after the earliest TNP3 fires. ESFA's 2020-21
 * service compares with the latest TNP3 only: the 2020-21 variant.
 */
const FIELDS = ['AFinType', 'AFinCode', 'AFinDate'];

export const AFinDate_05: LearnerRule = {
  ...officialMeta('AFinDate_05', { entity: 'AppFinRecord', fields: FIELDS, group: 'financial' }),
  scope: 'learner',
  check: totalAfterResidual(1, 3, 'earliest'),
  variants: [{ years: { to: '2021' }, fields: FIELDS, check: totalAfterResidual(1, 3, 'latest'), why: "ESFA's 2020-21 service compares the total price only with the latest residual price of the aim." }],
};
