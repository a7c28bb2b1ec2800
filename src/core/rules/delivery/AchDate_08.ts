import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, known, until2021 } from './delivery-shared';

/**
 * AchDate_08 (error): a trailblazer apprenticeship standard programme aim (AimType 1, FundModel 81, ProgType 25) with
 * Outcome 1 must have an Achievement date. Reported at the Outcome cell (the AchDate cell is blank).
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_08Rule) also requires it of achieved traineeship programme aims
 * (AimType 1, ProgType 24, whatever the funding model). The 2025-26 text names trailblazers only (ProgType 24 is not
 * in 2025-26's list).
 */
function fires(traineeships: boolean) {
  return (aim: IlrRecord) => {
    if (int(aim, 'AimType') !== 1 || int(aim, 'Outcome') !== 1 || known(aim, 'AchDate')) return undefined;
    const pt = int(aim, 'ProgType');
    const trailblazer = pt === 25 && int(aim, 'FundModel') === 81;
    return trailblazer || (traineeships && pt === 24) ? 'Outcome' : undefined;
  };
}

export const AchDate_08: LearnerRule = {
  ...aimRule(officialMeta('AchDate_08', { entity: 'LearningDelivery', fields: ['AchDate', 'Outcome', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }), fires(false)),
  variants: [
    until2021(
      ['AchDate', 'Outcome', 'AimType', 'FundModel', 'ProgType'],
      fires(true),
      "ESFA's 2020-21 service also requires the Achievement date of achieved traineeship programme aims (AimType 1, ProgType 24, any funding model).",
    ),
  ],
};
