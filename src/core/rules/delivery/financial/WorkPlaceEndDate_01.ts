import { officialMeta } from '../../catalogue/official-meta';
import { childRule, date } from './financial-shared';

/** WorkPlaceEndDate_01 (error): a Work placement end date, if returned, must be on or after its start date. The same in ESFA's 2020-21 service. */
export const WorkPlaceEndDate_01 = childRule(
  officialMeta('WorkPlaceEndDate_01', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceStartDate', 'WorkPlaceEndDate'], group: 'work-placement' }),
  'LearningDeliveryWorkPlacement',
  (rec, aim) => {
    const end = date(rec, 'WorkPlaceEndDate');
    const start = date(rec, 'WorkPlaceStartDate');
    return end !== undefined && start !== undefined && end < start ? { field: 'WorkPlaceEndDate', related: [{ record: rec, field: 'WorkPlaceStartDate', aim }] } : undefined;
  },
);
