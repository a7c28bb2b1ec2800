import { kids } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import { aimRef, aimRule, date } from './financial-shared';
import { WORK_PLACEMENT_AIMS } from './work-placement';

/**
 * WorkPlaceStartDate_01 (error): a work experience, Supported Internship or industry placement aim started on or after
 * 1 August 2014 must have a Work Placement record. The same in ESFA's 2020-21 service.
 */
export const WorkPlaceStartDate_01 = aimRule(
  officialMeta('WorkPlaceStartDate_01', { entity: 'LearningDeliveryWorkPlacement', fields: ['LearnAimRef', 'LearnStartDate', 'WorkPlaceStartDate'], group: 'work-placement' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    if (start === undefined || start < '2014-08-01' || !WORK_PLACEMENT_AIMS.includes(aimRef(aim) ?? '')) return undefined;
    return kids(aim, 'LearningDeliveryWorkPlacement').length ? undefined : { field: 'WorkPlaceStartDate', entity: 'LearningDeliveryWorkPlacement' };
  },
);
