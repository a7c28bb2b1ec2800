import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, date, isSkillsBootcamp, until2021 } from './delivery-shared';

/**
 * AchDate_05 (error): the Achievement date must be on or after the Learning actual end date; Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (AchDate_05Rule) has no exclusion — Skills Bootcamps began in 2021-22.
 */
function fires(excludeBootcamps: boolean) {
  return (aim: IlrRecord) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    if (ach === undefined || end === undefined || !(ach < end)) return undefined;
    return excludeBootcamps && isSkillsBootcamp(aim) ? undefined : 'AchDate';
  };
}

export const AchDate_05: LearnerRule = {
  ...aimRule(officialMeta('AchDate_05', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }), fires(true)),
  variants: [until2021(['AchDate', 'LearnActEndDate'], fires(false), "ESFA's 2020-21 service has no Skills Bootcamp exclusion (bootcamps began in 2021-22).")],
};
