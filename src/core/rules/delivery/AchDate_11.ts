import { addDays } from '../../model/dates';
import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, int, isApprenticeshipStandard } from './delivery-shared';

/** AchDate_11 (error): for apprenticeship standard programme aims (AimType 1, FundModel 36, ProgType 25) that ended on or after 1 August 2019, the Achievement date must be at least 7 days after the Learning actual end date. */
const ENDED_FROM = '2019-08-01';

export const AchDate_11 = aimRule(
  officialMeta('AchDate_11', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const ach = date(aim, 'AchDate');
    const end = date(aim, 'LearnActEndDate');
    if (ach === undefined || end === undefined || end < ENDED_FROM) return undefined;
    if (!(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim))) return undefined;
    return ach < addDays(end, 7) ? 'AchDate' : undefined;
  },
);
