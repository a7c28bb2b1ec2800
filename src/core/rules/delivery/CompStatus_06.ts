import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule } from '../types';
import { aimRule, int, isSkillsBootcamp, until2021 } from './delivery-shared';

/**
 * CompStatus_06 (error): withdrawn (3) or on a break (6) must not have Outcome 1 (achieved) or 8 (not yet known);
 * Skills Bootcamps excluded.
 * 2020-21 (variant): ESFA's 2020-21 service (CompStatus_06Rule) has no exclusion — Skills Bootcamps began in 2021-22.
 */
function fires(excludeBootcamps: boolean) {
  return (aim: IlrRecord) => {
    const cs = int(aim, 'CompStatus');
    const out = int(aim, 'Outcome');
    if (!((cs === 3 || cs === 6) && (out === 1 || out === 8))) return undefined;
    return excludeBootcamps && isSkillsBootcamp(aim) ? undefined : 'Outcome';
  };
}

export const CompStatus_06: LearnerRule = {
  ...aimRule(officialMeta('CompStatus_06', { entity: 'LearningDelivery', fields: ['CompStatus', 'Outcome', 'FundModel', 'ProgType'], group: 'completion' }), fires(true)),
  variants: [until2021(['CompStatus', 'Outcome'], fires(false), "ESFA's 2020-21 service has no Skills Bootcamp exclusion (bootcamps began in 2021-22).")],
};
