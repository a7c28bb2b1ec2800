import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';
import { FAM_FIELDS, hasFamType } from './programme-shared';

/** FundModel_03 (error): an aim financed by an Advanced Learner Loan (a LearningDeliveryFAM of type ADL) must be non-funded (FundModel 99). */
export const FundModel_03 = aimRule(
  officialMeta('FundModel_03', { entity: 'LearningDelivery', fields: ['FundModel', ...FAM_FIELDS], group: 'programme' }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return fm !== undefined && fm !== 99 && hasFamType(aim, 'ADL') ? 'FundModel' : undefined;
  },
);
