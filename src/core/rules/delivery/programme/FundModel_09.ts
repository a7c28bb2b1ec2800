import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, date, int } from '../delivery-shared';

/** FundModel_09 (error): an apprenticeship standard programme aim (ProgType 25, AimType 1) started before 1 May 2017 that is not FundModel 81; non-funded (99) excluded. */
export const FundModel_09 = aimRule(
  officialMeta('FundModel_09', { entity: 'LearningDelivery', fields: ['FundModel', 'AimType', 'ProgType', 'LearnStartDate'], group: 'programme' }),
  (aim) => {
    const start = date(aim, 'LearnStartDate');
    const fm = int(aim, 'FundModel');
    return int(aim, 'ProgType') === 25 && int(aim, 'AimType') === 1 && start !== undefined && start < '2017-05-01' && fm !== undefined && fm !== 81 && fm !== 99
      ? 'FundModel'
      : undefined;
  },
);
