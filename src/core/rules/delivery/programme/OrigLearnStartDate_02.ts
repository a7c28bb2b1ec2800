import { officialMeta } from '../../catalogue/official-meta';
import type { IlrRecord } from '../../../model/record';
import { aimRule, date, int, until2021 } from '../delivery-shared';

/**
 * OrigLearnStartDate_02 (error): an OrigLearnStartDate on or after the LearnStartDate.
 * 2020-21: ESFA's service checked only FundModel 35, 36, 81 and 99.
 */
const notBefore = (aim: IlrRecord): boolean => {
  const start = date(aim, 'LearnStartDate');
  const orig = date(aim, 'OrigLearnStartDate');
  return start !== undefined && orig !== undefined && orig >= start;
};

export const OrigLearnStartDate_02 = aimRule(
  officialMeta('OrigLearnStartDate_02', { entity: 'LearningDelivery', fields: ['OrigLearnStartDate', 'LearnStartDate'], group: 'programme' }),
  (aim) => (notBefore(aim) ? 'OrigLearnStartDate' : undefined),
);
OrigLearnStartDate_02.variants = [
  until2021(
    ['OrigLearnStartDate', 'LearnStartDate', 'FundModel'],
    (aim) => (notBefore(aim) && [35, 36, 81, 99].includes(int(aim, 'FundModel') ?? -1) ? 'OrigLearnStartDate' : undefined),
    "ESFA's 2020-21 service checked only FundModel 35, 36, 81 and 99.",
  ),
];
