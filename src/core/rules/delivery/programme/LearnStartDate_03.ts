import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import type { IlrRecord } from '../../../model/record';
import { aimRule, date, int, until2021 } from '../delivery-shared';

/**
 * LearnStartDate_03 (error): a LearnStartDate after the end of the collection year. Excluded: apprenticeships
 * (FundModel 36), Skills Bootcamps (FundModel 37), T Level programmes (ProgType 31).
 * 2020-21: ESFA's service excluded apprenticeships by DD07 (ProgType 2, 3, 20–23, 25) and traineeships (ProgType 24)
 * instead, whatever the funding model.
 */
const after = (aim: IlrRecord, end: string): boolean => {
  const start = date(aim, 'LearnStartDate');
  return start !== undefined && start > end;
};

export const LearnStartDate_03 = aimRule(
  officialMeta('LearnStartDate_03', { entity: 'LearningDelivery', fields: ['LearnStartDate', 'FundModel', 'ProgType'], group: 'programme' }),
  (aim, ctx) => {
    const fm = int(aim, 'FundModel');
    return after(aim, ctx.year.end) && fm !== 36 && fm !== 37 && int(aim, 'ProgType') !== 31 ? 'LearnStartDate' : undefined;
  },
);
LearnStartDate_03.variants = [
  until2021(
    ['LearnStartDate', 'ProgType'],
    (aim, ctx) => (after(aim, ctx.year.end) && int(aim, 'ProgType') !== 24 && !isApprenticeship(aim, ctx.year) ? 'LearnStartDate' : undefined),
    "ESFA's 2020-21 service excluded apprenticeships by DD07 (ProgType 2, 3, 20-23, 25) and traineeships (ProgType 24), not FundModel 36/37 or ProgType 31.",
  ),
];
