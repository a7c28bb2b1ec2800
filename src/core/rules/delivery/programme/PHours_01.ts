import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int, known } from '../delivery-shared';

/** PHours_01 (error): an apprenticeship programme aim (FundModel 36, AimType 1) started on or after 1 August 2019 without PHours. */
export const PHours_01 = aimRule(
  officialMeta('PHours_01', { entity: 'LearningDelivery', fields: ['PHours', 'AimType', 'LearnStartDate', 'FundModel'], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    return int(aim, 'AimType') === 1 && int(aim, 'FundModel') === 36 && start !== undefined && start >= '2019-08-01' && !known(aim, 'PHours') ? 'PHours' : undefined;
  },
);
