import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isApprenticeshipStandard, known } from './delivery-shared';

/** Outcome_04 (error): an aim with an Achievement date must have Outcome 1 (achieved); apprenticeship standards (FundModel 36, ProgType 25) excluded. */
export const Outcome_04 = aimRule(
  officialMeta('Outcome_04', { entity: 'LearningDelivery', fields: ['AchDate', 'Outcome', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => (known(aim, 'AchDate') && int(aim, 'Outcome') !== 1 && !isApprenticeshipStandard(aim) ? 'AchDate' : undefined),
);
