import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, date, int, isSkillsBootcamp, known, until2021 } from './delivery-shared';

/**
 * AchDate_09 (error): aims that started after 31 July 2015 must not have an Achievement date, except apprenticeship
 * standards (FundModel 81 or 36 with ProgType 25) and Skills Bootcamps (FundModel 37, ProgType 32). The exclusions
 * are applied as the official list writes them (by funding model and programme type, any AimType).
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_09Rule) excludes only programme aims (AimType 1) — of
 * traineeships (ProgType 24, any funding model) and of standards (ProgType 25 with FundModel 81 or 36) — and has no
 * Skills Bootcamp exclusion: a standard's component aim with an Achievement date fires in 2020-21, an achieved
 * traineeship programme aim does not.
 */
const CUT_OFF = '2015-07-31';

export const AchDate_09: LearnerRule = {
  ...aimRule(officialMeta('AchDate_09', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnStartDate', 'FundModel', 'ProgType'], group: 'completion' }), (aim) => {
    const start = date(aim, 'LearnStartDate');
    if (start === undefined || !(start > CUT_OFF) || !known(aim, 'AchDate')) return undefined;
    const fm = int(aim, 'FundModel');
    if (int(aim, 'ProgType') === 25 && (fm === 81 || fm === 36)) return undefined;
    return isSkillsBootcamp(aim) ? undefined : 'AchDate';
  }),
  variants: [
    until2021(
      ['AchDate', 'LearnStartDate', 'AimType', 'FundModel', 'ProgType'],
      (aim) => {
        const start = date(aim, 'LearnStartDate');
        if (start === undefined || !(start > CUT_OFF) || !known(aim, 'AchDate')) return undefined;
        if (int(aim, 'AimType') !== 1) return 'AchDate';
        const pt = int(aim, 'ProgType');
        const fm = int(aim, 'FundModel');
        return pt === 24 || (pt === 25 && (fm === 81 || fm === 36)) ? undefined : 'AchDate';
      },
      "ESFA's 2020-21 service excludes only programme aims (AimType 1) of traineeships (ProgType 24) and of standards (ProgType 25, FundModel 81 or 36); no Skills Bootcamp exclusion.",
    ),
  ],
};
