import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';
import { refStarts } from './programme-shared';

/** ProgType_20 (error): a T Level Foundation Year class code (ZTPR…) whose ProgType is not 30 or not returned. */
export const ProgType_20 = aimRule(
  officialMeta('ProgType_20', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'ProgType'], group: 'programme', years: { from: '2122' } }),
  (aim) => (refStarts(aim, 'ZTPR') && int(aim, 'ProgType') !== 30 ? 'ProgType' : undefined),
);
