import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/**
 * PHours_06 (error): PHours returned below 278 on an apprenticeship-funded aim (FundModel 36) started from 1 August 2022
 * to 31 July 2025; restarts (RES) excluded. The text names no aim type: every FundModel 36 aim with PHours is checked.
 */
export const PHours_06 = aimRule(
  officialMeta('PHours_06', { entity: 'LearningDelivery', fields: ['PHours', 'LearnStartDate', 'FundModel', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const hours = int(aim, 'PHours');
    return int(aim, 'FundModel') === 36 &&
      start !== undefined &&
      start >= '2022-08-01' &&
      start <= '2025-07-31' &&
      hours !== undefined &&
      hours < 278 &&
      !isRestart(aim)
      ? 'PHours'
      : undefined;
  },
);
