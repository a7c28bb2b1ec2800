import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { totalAfterResidual } from './price-dates';

/**
 * AFinDate_06 (error): a total assessment price (TNP2) must not be dated after a residual assessment price (TNP4) of the aim.
 * Decision: the 2025-26 text compares each TNP2 with each TNP4, so a TNP2 dated after the earliest TNP4 fires. ESFA's 2020-21
 * service compares with the latest TNP4 only: the 2020-21 variant.
 */
const FIELDS = ['AFinType', 'AFinCode', 'AFinDate'];

export const AFinDate_06: LearnerRule = {
  ...officialMeta('AFinDate_06', { entity: 'AppFinRecord', fields: FIELDS, group: 'financial' }),
  scope: 'learner',
  check: totalAfterResidual(2, 4, 'earliest'),
  variants: [{ years: { to: '2021' }, fields: FIELDS, check: totalAfterResidual(2, 4, 'latest'), why: "ESFA's 2020-21 service compares the total price only with the latest residual price of the aim." }],
};
