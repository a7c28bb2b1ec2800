import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, known } from './delivery-shared';

/** AchDate_08 (error): a trailblazer apprenticeship standard programme aim (AimType 1, FundModel 81, ProgType 25) with Outcome 1 must have an Achievement date. Reported at the Outcome cell (the AchDate cell is blank). */
export const AchDate_08 = aimRule(
  officialMeta('AchDate_08', { entity: 'LearningDelivery', fields: ['AchDate', 'Outcome', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) =>
    int(aim, 'AimType') === 1 && int(aim, 'FundModel') === 81 && int(aim, 'ProgType') === 25 && int(aim, 'Outcome') === 1 && !known(aim, 'AchDate') ? 'Outcome' : undefined,
);
