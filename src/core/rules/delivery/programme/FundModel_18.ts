import { officialMeta } from '../../catalogue/official-meta';
import { isDevolved } from '../../derived/programme';
import { aimRule, date, int } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/** FundModel_18 (error): a devolved aim (DD35) started on or after 1 August 2024 that is not FundModel 38 or 11; restarts (RES) excluded. */
export const FundModel_18 = aimRule(
  officialMeta('FundModel_18', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const fm = int(aim, 'FundModel');
    return fm !== undefined && fm !== 38 && fm !== 11 && start !== undefined && start >= '2024-08-01' && isDevolved(aim) && !isRestart(aim) ? 'FundModel' : undefined;
  },
);
