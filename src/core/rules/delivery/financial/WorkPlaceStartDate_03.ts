import { officialMeta } from '../../catalogue/official-meta';
import { aimRef, childRule } from './financial-shared';
import { T_LEVEL_PLACEMENT, WORK_PLACEMENT_AIMS } from './work-placement';

/** WorkPlaceStartDate_03 (error): Work Placement records only on work experience, Supported Internship and industry placement aims. Each record is reported. The same in ESFA's 2020-21 service. */
export const WorkPlaceStartDate_03 = childRule(
  officialMeta('WorkPlaceStartDate_03', { entity: 'LearningDeliveryWorkPlacement', fields: ['LearnAimRef', 'WorkPlaceStartDate'], group: 'work-placement' }),
  (aim) => {
    const ref = aimRef(aim) ?? '';
    return WORK_PLACEMENT_AIMS.includes(ref) || ref === T_LEVEL_PLACEMENT ? [] : aim.children['LearningDeliveryWorkPlacement'] ?? [];
  },
  (_rec, aim) => ({ field: 'WorkPlaceStartDate', related: [{ record: aim, field: 'LearnAimRef' }] }),
);
