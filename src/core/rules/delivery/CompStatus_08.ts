import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isSkillsBootcamp, known } from './delivery-shared';

/** CompStatus_08 (error): a Skills Bootcamp programme aim (AimType 1, FundModel 37, ProgType 32) with an Achievement date must be completed (CompStatus 2). */
export const CompStatus_08 = aimRule(
  officialMeta('CompStatus_08', { entity: 'LearningDelivery', fields: ['CompStatus', 'AchDate', 'AimType', 'FundModel', 'ProgType'], group: 'completion', years: { from: '2122' } }),
  (aim) => (int(aim, 'AimType') === 1 && isSkillsBootcamp(aim) && known(aim, 'AchDate') && int(aim, 'CompStatus') !== 2 ? 'CompStatus' : undefined),
);
