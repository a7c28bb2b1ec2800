import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isApprenticeshipStandard, isSkillsBootcamp, known } from './delivery-shared';

/** CompStatus_05 (error): a continuing aim (CompStatus 1) must not have an Outcome; apprenticeship standards (FundModel 36/99, ProgType 25) and Skills Bootcamps excluded. */
export const CompStatus_05 = aimRule(
  officialMeta('CompStatus_05', { entity: 'LearningDelivery', fields: ['CompStatus', 'Outcome', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => (int(aim, 'CompStatus') === 1 && known(aim, 'Outcome') && !isApprenticeshipStandard(aim, [36, 99]) && !isSkillsBootcamp(aim) ? 'Outcome' : undefined),
);
