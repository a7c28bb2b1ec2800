import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isApprenticeshipStandard, isSkillsBootcamp } from './delivery-shared';

/** Outcome_09 (error): Outcome 8 (not yet known) only with CompStatus 2 (completed); apprenticeship standard programme aims (AimType 1, FundModel 36/99, ProgType 25) and Skills Bootcamps excluded. */
export const Outcome_09 = aimRule(
  officialMeta('Outcome_09', { entity: 'LearningDelivery', fields: ['Outcome', 'CompStatus', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) =>
    int(aim, 'Outcome') === 8 && int(aim, 'CompStatus') !== 2 && !(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim, [36, 99])) && !isSkillsBootcamp(aim)
      ? 'Outcome'
      : undefined,
);
