import { officialMeta } from '../../catalogue/official-meta';
import type { IlrRecord } from '../../../model/record';
import { aimRule, date, int, until2021 } from '../delivery-shared';
import { addYears } from './programme-shared';

/**
 * OrigLearnStartDate_01 (error): an OrigLearnStartDate more than 10 years before the LearnStartDate (on the day ten
 * years before is not more than 10 years). 2020-21: ESFA's service checked only FundModel 35, 36, 81 and 99.
 */
const tooEarly = (aim: IlrRecord): boolean => {
  const start = date(aim, 'LearnStartDate');
  const orig = date(aim, 'OrigLearnStartDate');
  return start !== undefined && orig !== undefined && orig < addYears(start, -10);
};

export const OrigLearnStartDate_01 = aimRule(
  officialMeta('OrigLearnStartDate_01', { entity: 'LearningDelivery', fields: ['OrigLearnStartDate', 'LearnStartDate'], group: 'programme' }),
  (aim) => (tooEarly(aim) ? 'OrigLearnStartDate' : undefined),
);
OrigLearnStartDate_01.variants = [
  until2021(
    ['OrigLearnStartDate', 'LearnStartDate', 'FundModel'],
    (aim) => (tooEarly(aim) && [35, 36, 81, 99].includes(int(aim, 'FundModel') ?? -1) ? 'OrigLearnStartDate' : undefined),
    "ESFA's 2020-21 service checked only FundModel 35, 36, 81 and 99.",
  ),
];
