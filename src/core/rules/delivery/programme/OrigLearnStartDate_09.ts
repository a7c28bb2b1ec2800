import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** OrigLearnStartDate_09 (error): an OrigLearnStartDate before 1 May 2017 on an apprenticeship-funded aim (FundModel 36). */
export const OrigLearnStartDate_09 = aimRule(
  officialMeta('OrigLearnStartDate_09', { entity: 'LearningDelivery', fields: ['OrigLearnStartDate', 'FundModel'], group: 'programme' }),
  (aim) => {
    const orig = date(aim, 'OrigLearnStartDate');
    return int(aim, 'FundModel') === 36 && orig !== undefined && orig < '2017-05-01' ? 'OrigLearnStartDate' : undefined;
  },
);
