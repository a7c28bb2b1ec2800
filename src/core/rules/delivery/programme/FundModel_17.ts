import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/** FundModel_17 (error): Adult Skills funding (FundModel 35) on an aim starting on or after 1 August 2024; restarts (RES) excluded. */
export const FundModel_17 = aimRule(
  officialMeta('FundModel_17', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'FundModel') === 35 && start !== undefined && start >= '2024-08-01' && !isRestart(aim) ? 'FundModel' : undefined;
  },
);
