import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { totalOnResidualDate } from './price-dates';

/** AFinDate_07 (error): a total training price (TNP1) and a residual training price (TNP3) of the aim must not have the same date (the same in ESFA's 2020-21 service). */
export const AFinDate_07: LearnerRule = {
  ...officialMeta('AFinDate_07', { entity: 'AppFinRecord', fields: ['AFinType', 'AFinCode', 'AFinDate'], group: 'financial' }),
  scope: 'learner',
  check: totalOnResidualDate(1, 3),
};
