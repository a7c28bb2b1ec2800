import { officialMeta } from '../catalogue/official-meta';
import { filePreparationDate } from '../derived/message';
import { aimRule, date } from './delivery-shared';

/** LearnActEndDate_04 (error): the Learning actual end date must not be after the file preparation date (the Header's FilePreparationDate). */
export const LearnActEndDate_04 = aimRule(
  officialMeta('LearnActEndDate_04', { entity: 'LearningDelivery', fields: ['LearnActEndDate'], group: 'completion' }),
  (aim, ctx) => {
    const end = date(aim, 'LearnActEndDate');
    return end !== undefined && end > filePreparationDate(ctx) ? 'LearnActEndDate' : undefined;
  },
);
