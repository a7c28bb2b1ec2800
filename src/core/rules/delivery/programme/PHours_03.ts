import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int, known } from '../delivery-shared';

/** PHours_03 (error): a T Level programme aim (AimType 1, FundModel 25, ProgType 31) started on or after 1 August 2020 without PHours. */
export const PHours_03 = aimRule(
  officialMeta('PHours_03', { entity: 'LearningDelivery', fields: ['PHours', 'AimType', 'LearnStartDate', 'FundModel', 'ProgType'], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'AimType') === 1 &&
      int(aim, 'FundModel') === 25 &&
      int(aim, 'ProgType') === 31 &&
      start !== undefined &&
      start >= '2020-08-01' &&
      !known(aim, 'PHours')
      ? 'PHours'
      : undefined;
  },
);
