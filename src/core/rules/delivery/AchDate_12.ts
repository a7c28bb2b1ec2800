import { officialMeta } from '../catalogue/official-meta';
import { aimRule, date, int, isApprenticeshipStandard, known } from './delivery-shared';

/**
 * AchDate_12 (error): a completed (CompStatus 2) apprenticeship standard programme aim (AimType 1, FundModel 36,
 * ProgType 25) that ended on or after 1 August 2021 must have an Achievement date.
 * Decision: the official sheet's "error where … LearnActEndDate is not returned" contradicts its own condition
 * (LearnActEndDate >= 2021-08-01) and the rule's message ("The Achievement date must be returned"); the rule follows the
 * message and the description: it fires when AchDate is not returned. Reported at the CompStatus cell.
 */
const ENDED_FROM = '2021-08-01';

export const AchDate_12 = aimRule(
  officialMeta('AchDate_12', { entity: 'LearningDelivery', fields: ['AchDate', 'LearnActEndDate', 'CompStatus', 'AimType', 'FundModel', 'ProgType'], group: 'completion', years: { from: '2122' } }),
  (aim) => {
    const end = date(aim, 'LearnActEndDate');
    if (end === undefined || end < ENDED_FROM || int(aim, 'CompStatus') !== 2) return undefined;
    if (!(int(aim, 'AimType') === 1 && isApprenticeshipStandard(aim))) return undefined;
    return known(aim, 'AchDate') ? undefined : 'CompStatus';
  },
);
