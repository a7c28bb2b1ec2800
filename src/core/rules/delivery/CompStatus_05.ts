import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, isApprenticeshipStandard, isSkillsBootcamp, known, until2021 } from './delivery-shared';

/**
 * CompStatus_05 (error): a continuing aim (CompStatus 1) must not have an Outcome; apprenticeship standards
 * (FundModel 36/99, ProgType 25) and Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (CompStatus_05Rule) excludes only FundModel 36 standards (ProgType 25):
 * a non-funded (FundModel 99) standard fires, and there is no Skills Bootcamp exclusion (bootcamps began in 2021-22).
 */
export const CompStatus_05: LearnerRule = {
  ...aimRule(officialMeta('CompStatus_05', { entity: 'LearningDelivery', fields: ['CompStatus', 'Outcome', 'FundModel', 'ProgType'], group: 'completion' }), (aim) =>
    int(aim, 'CompStatus') === 1 && known(aim, 'Outcome') && !isApprenticeshipStandard(aim, [36, 99]) && !isSkillsBootcamp(aim) ? 'Outcome' : undefined,
  ),
  variants: [
    until2021(
      ['CompStatus', 'Outcome', 'FundModel', 'ProgType'],
      (aim) => (int(aim, 'CompStatus') === 1 && known(aim, 'Outcome') && !isApprenticeshipStandard(aim, [36]) ? 'Outcome' : undefined),
      "ESFA's 2020-21 service excludes only FundModel 36 standards (ProgType 25), not FundModel 99 ones, and has no Skills Bootcamp exclusion.",
    ),
  ],
};
