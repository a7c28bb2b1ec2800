import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, isSkillsBootcamp, known, until2021 } from './delivery-shared';

/**
 * AchDate_04 (error): an aim with an Achievement date must have a Learning actual end date; Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_04Rule) has no exclusion — Skills Bootcamps began in 2021-22.
 */
function fires(excludeBootcamps: boolean) {
  return (aim: IlrRecord) => {
    if (!known(aim, 'AchDate') || known(aim, 'LearnActEndDate')) return undefined;
    return excludeBootcamps && isSkillsBootcamp(aim) ? undefined : 'AchDate';
  };
}

export const AchDate_04: LearnerRule = {
  ...aimRule(officialMeta('AchDate_04', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }), fires(true)),
  variants: [until2021(['AchDate', 'LearnActEndDate'], fires(false), "ESFA's 2020-21 service has no Skills Bootcamp exclusion (bootcamps began in 2021-22).")],
};
