import { kids } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { aimRef, aimRule } from './financial-shared';
import { T_LEVEL_PLACEMENT } from './work-placement';

/** WorkPlacement_01 (error): a T Level industry placement aim (ZWRKX003) must have a Work Placement record. The same in ESFA's 2020-21 service (which reports only the learner's first such aim). */
export const WorkPlacement_01 = aimRule(
  officialMeta('WorkPlacement_01', { entity: 'LearningDeliveryWorkPlacement', fields: ['LearnAimRef', 'WorkPlaceStartDate'], group: 'work-placement' }),
  (aim) => (aimRef(aim) === T_LEVEL_PLACEMENT && kids(aim, 'LearningDeliveryWorkPlacement').length === 0 ? { field: 'WorkPlaceStartDate', entity: 'LearningDeliveryWorkPlacement' } : undefined),
);
