import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, isSkillsBootcamp, known, until2021 } from './delivery-shared';

/**
 * Outcome_05 (error): an achieved aim (Outcome 1) must have a Learning actual end date; Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (Outcome_05Rule) has no exclusion — Skills Bootcamps began in 2021-22.
 */
function fires(excludeBootcamps: boolean) {
  return (aim: IlrRecord) => {
    if (int(aim, 'Outcome') !== 1 || known(aim, 'LearnActEndDate')) return undefined;
    return excludeBootcamps && isSkillsBootcamp(aim) ? undefined : 'Outcome';
  };
}

export const Outcome_05: LearnerRule = {
  ...aimRule(officialMeta('Outcome_05', { entity: 'LearningDelivery', fields: ['Outcome', 'LearnActEndDate', 'FundModel', 'ProgType'], group: 'completion' }), fires(true)),
  variants: [until2021(['Outcome', 'LearnActEndDate'], fires(false), "ESFA's 2020-21 service has no Skills Bootcamp exclusion (bootcamps began in 2021-22).")],
};
