import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';
import { refIn } from './programme-shared';

/** LearnAimRef_90 (error): a traineeship work experience, supported internship or CDF industry placement aim on a T Level (ProgType 31). */
const WORK_AIMS = ['Z0007834', 'Z0007835', 'Z0007836', 'Z0007837', 'Z0007838', 'Z0002347', 'ZWRKX001', 'ZWRKX002'];

export const LearnAimRef_90 = aimRule(
  officialMeta('LearnAimRef_90', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'ProgType'], group: 'programme' }),
  (aim) => (int(aim, 'ProgType') === 31 && refIn(aim, WORK_AIMS) ? 'LearnAimRef' : undefined),
);
