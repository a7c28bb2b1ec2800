import { officialMeta } from '../../catalogue/official-meta';
import { childRule, date } from './financial-shared';

/**
 * WorkPlaceEndDate_02 (error): a Work placement end date, if returned, must be on or before the aim's Learning actual
 * end date (when known). Each such placement is reported (ESFA's 2020-21 service reports once per aim; the condition
 * is the same).
 */
export const WorkPlaceEndDate_02 = childRule(
  officialMeta('WorkPlaceEndDate_02', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceEndDate', 'LearnActEndDate'], group: 'work-placement' }),
  (aim) => (date(aim, 'LearnActEndDate') !== undefined ? aim.children['LearningDeliveryWorkPlacement'] ?? [] : []),
  (rec, aim) => {
    const end = date(rec, 'WorkPlaceEndDate');
    return end !== undefined && end > date(aim, 'LearnActEndDate')! ? { field: 'WorkPlaceEndDate', related: [{ record: aim, field: 'LearnActEndDate' }] } : undefined;
  },
);
