import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/**
 * PHours_08 (error): PHours returned below 187 on an apprenticeship-funded aim (FundModel 36) started on or after
 * 1 August 2025; restarts (RES) excluded. The text names no aim type: every FundModel 36 aim with PHours is checked.
 */
export const PHours_08 = aimRule(
  officialMeta('PHours_08', { entity: 'LearningDelivery', fields: ['PHours', 'LearnStartDate', 'FundModel', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const hours = int(aim, 'PHours');
    return int(aim, 'FundModel') === 36 && start !== undefined && start >= '2025-08-01' && hours !== undefined && hours < 187 && !isRestart(aim) ? 'PHours' : undefined;
  },
);
