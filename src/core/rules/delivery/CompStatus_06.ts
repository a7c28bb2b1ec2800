import { officialMeta } from '../catalogue/official-meta';
import { aimRule, int, isSkillsBootcamp } from './delivery-shared';

/** CompStatus_06 (error): withdrawn (3) or on a break (6) must not have Outcome 1 (achieved) or 8 (not yet known); Skills Bootcamps excluded. */
export const CompStatus_06 = aimRule(
  officialMeta('CompStatus_06', { entity: 'LearningDelivery', fields: ['CompStatus', 'Outcome', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const cs = int(aim, 'CompStatus');
    const out = int(aim, 'Outcome');
    return (cs === 3 || cs === 6) && (out === 1 || out === 8) && !isSkillsBootcamp(aim) ? 'Outcome' : undefined;
  },
);
