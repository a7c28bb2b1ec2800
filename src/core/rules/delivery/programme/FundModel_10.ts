import { officialMeta } from '../../catalogue/official-meta';
import { isDevolved } from '../../derived/programme';
import { aimRule, date, int } from '../delivery-shared';
import { FAM_FIELDS } from './programme-shared';

/**
 * FundModel_10 (error): an aim started on or before 31 July 2024 with a combined authority source of funding (DD35)
 * that is not Adult Skills (35) or Community Learning (10). The official sheet puts the error clause in the
 * Exclusions column; it is the rule's condition, applied as such. ESFA's 2020-21 service had no start-date condition:
 * a 2020-21 file cannot hold a start after 31 July 2024 (LearnStartDate_03/12), so the rule is the same for it.
 */
export const FundModel_10 = aimRule(
  officialMeta('FundModel_10', { entity: 'LearningDelivery', fields: ['FundModel', 'LearnStartDate', ...FAM_FIELDS], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const fm = int(aim, 'FundModel');
    return start !== undefined && start <= '2024-07-31' && isDevolved(aim) && fm !== undefined && fm !== 35 && fm !== 10 ? 'FundModel' : undefined;
  },
);
