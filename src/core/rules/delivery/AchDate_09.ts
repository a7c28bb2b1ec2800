import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, int, isSkillsBootcamp, known } from './delivery-shared';

/**
 * AchDate_09 (error): aims that started after 31 July 2015 must not have an Achievement date, except apprenticeship
 * standards (FundModel 81 or 36 with ProgType 25) and Skills Bootcamps (FundModel 37, ProgType 32). The exclusions
 * are applied as the official list writes them (by funding model and programme type, any AimType).
 */
const CUT_OFF = '2015-07-31';

export const AchDate_09 = aimRule(
  officialMeta('AchDate_09', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnStartDate', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    if (start === undefined || !(start > CUT_OFF) || !known(aim, 'AchDate')) return undefined;
    const fm = int(aim, 'FundModel');
    if (int(aim, 'ProgType') === 25 && (fm === 81 || fm === 36)) return undefined;
    return isSkillsBootcamp(aim) ? undefined : 'AchDate';
  },
);
