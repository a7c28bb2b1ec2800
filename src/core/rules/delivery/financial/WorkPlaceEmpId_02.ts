import { officialMeta } from '../../catalogue/official-meta';
import { employerIdPassesChecksum } from '../../derived/employer-check-digit';
import { childRule, text } from './financial-shared';

/**
 * WorkPlaceEmpId_02 (error): a Work placement employer identifier (other than the temporary 999999999) must pass the
 * DD14 check-digit calculation. The same in ESFA's 2020-21 service.
 */
export const WorkPlaceEmpId_02 = childRule(
  officialMeta('WorkPlaceEmpId_02', { entity: 'LearningDeliveryWorkPlacement', fields: ['WorkPlaceEmpId'], group: 'work-placement' }),
  'LearningDeliveryWorkPlacement',
  (rec) => {
    const id = text(rec, 'WorkPlaceEmpId')?.trim();
    return id !== undefined && id !== '999999999' && !employerIdPassesChecksum(id) ? 'WorkPlaceEmpId' : undefined;
  },
);
