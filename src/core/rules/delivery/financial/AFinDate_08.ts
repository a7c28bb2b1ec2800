import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { totalOnResidualDate } from './price-dates';

/** AFinDate_08 (error): a total assessment price (TNP2) and a residual assessment price (TNP4) of the aim must not have the same date (the same in ESFA's 2020-21 service). */
export const AFinDate_08: LearnerRule = {
  ...officialMeta('AFinDate_08', { entity: 'AppFinRecord', fields: ['AFinType', 'AFinCode', 'AFinDate'], group: 'financial' }),
  scope: 'learner',
  check: totalOnResidualDate(2, 4),
};
