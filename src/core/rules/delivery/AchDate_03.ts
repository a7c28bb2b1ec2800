import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, date, isSkillsBootcamp, until2021 } from './delivery-shared';

/**
 * AchDate_03 (error): the Achievement date must not be before the Learning start date; Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_03Rule) has no exclusion — Skills Bootcamps (FundModel 37,
 * ProgType 32) began in 2021-22 — so every aim counts.
 */
function fires(excludeBootcamps: boolean) {
  return (aim: IlrRecord) => {
    const ach = date(aim, 'AchDate');
    const start = date(aim, 'LearnStartDate');
    if (ach === undefined || start === undefined || !(ach < start)) return undefined;
    return excludeBootcamps && isSkillsBootcamp(aim) ? undefined : 'AchDate';
  };
}

export const AchDate_03: LearnerRule = {
  ...aimRule(officialMeta('AchDate_03', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnStartDate', 'FundModel', 'ProgType'], group: 'completion' }), fires(true)),
  variants: [until2021(['AchDate', 'LearnStartDate'], fires(false), "ESFA's 2020-21 service has no Skills Bootcamp exclusion (bootcamps began in 2021-22).")],
};
