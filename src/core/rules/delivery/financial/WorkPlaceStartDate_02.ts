import { officialMeta } from '../../catalogue/official-meta';
import { childRule, date } from './financial-shared';

/** WorkPlaceStartDate_02 (error): a Work placement must start on or after the aim's Learning start date. The same in ESFA's 2020-21 service. */
export const WorkPlaceStartDate_02 = childRule(
  officialMeta('WorkPlaceStartDate_02', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceStartDate', 'LearnStartDate'], group: 'work-placement' }),
  'LearningDeliveryWorkPlacement',
  (rec, aim) => {
    const start = date(rec, 'WorkPlaceStartDate');
    const aimStart = date(aim, 'LearnStartDate');
    return start !== undefined && aimStart !== undefined && start < aimStart ? { field: 'WorkPlaceStartDate', related: [{ record: aim, field: 'LearnStartDate' }] } : undefined;
  },
);
