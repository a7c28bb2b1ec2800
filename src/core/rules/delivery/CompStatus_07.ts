import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, int, isApprenticeshipStandard, known } from './delivery-shared';

/** CompStatus_07 (error): an apprenticeship standard programme aim (AimType 1, FundModel 36, ProgType 25) that ended on or after 1 August 2019 with an Achievement date must be completed (CompStatus 2). */
const ENDED_FROM = '2019-08-01';

export const CompStatus_07 = aimRule(
  officialMeta('CompStatus_07', { entity: 'LearningDelivery', fields: ['CompStatus', 'AchDate', 'LearnActEndDate', 'AimType', 'FundModel', 'ProgType'], group: 'completion' }),
  (aim) => {
    const end = date(aim, 'LearnActEndDate');
    if (end === undefined || end < ENDED_FROM || !known(aim, 'AchDate')) return undefined;
    return int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim) && int(aim, 'CompStatus') !== 2 ? 'CompStatus' : undefined;
  },
);
