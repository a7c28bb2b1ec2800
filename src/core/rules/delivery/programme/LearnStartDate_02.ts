import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date } from '../delivery-shared';
import { addYears } from './programme-shared';

/**
 * LearnStartDate_02 (error): a LearnStartDate more than 10 years before the start of the collection year (before
 * 1 August ten years earlier; on that day is not more than 10 years), as ESFA's 2020-21 service computed it.
 */
export const LearnStartDate_02 = aimRule(
  officialMeta('LearnStartDate_02', { entity: 'LearningDelivery', fields: ['LearnStartDate'], group: 'programme' }),
  (aim, ctx) => {
    const start = date(aim, 'LearnStartDate');
    return start !== undefined && start < addYears(ctx.year.start, -10) ? 'LearnStartDate' : undefined;
  },
);
