import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, isApprenticeshipStandard, isSkillsBootcamp, until2021 } from './delivery-shared';

/**
 * Outcome_09 (error): Outcome 8 (not yet known) only with CompStatus 2 (completed); apprenticeship standard programme
 * aims (AimType 1, FundModel 36/99, ProgType 25) and Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (Outcome_09Rule) excludes every aim of ProgType 25 and every aim funded by
 * FundModel 36, whatever its AimType (it fires only when ProgType <> 25 and FundModel <> 36), and has no Skills
 * Bootcamp exclusion: e.g. a FundModel 36 framework aim or a standard's component aim does not fire in 2020-21.
 */
export const Outcome_09: LearnerRule = {
  ...aimRule(officialMeta('Outcome_09', { entity: 'LearningDelivery', fields: ['Outcome', 'CompStatus', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }), (aim) =>
    int(aim, 'Outcome') === 8 && int(aim, 'CompStatus') !== 2 && !(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim, [36, 99])) && !isSkillsBootcamp(aim)
      ? 'Outcome'
      : undefined,
  ),
  variants: [
    until2021(
      ['Outcome', 'CompStatus', 'FundModel', 'ProgType'],
      (aim) => (int(aim, 'Outcome') === 8 && int(aim, 'CompStatus') !== 2 && int(aim, 'ProgType') !== 25 && int(aim, 'FundModel') !== 36 ? 'Outcome' : undefined),
      "ESFA's 2020-21 service excludes every aim of ProgType 25 and every aim of FundModel 36, whatever its AimType; no Skills Bootcamp exclusion.",
    ),
  ],
};
