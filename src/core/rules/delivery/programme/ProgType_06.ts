import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/** ProgType_06 (error): an apprenticeship standard (ProgType 25) not apprenticeship funded (FundModel 36 or 81); non-funded (99) excluded. */
export const ProgType_06 = aimRule(
  officialMeta('ProgType_06', { entity: 'LearningDelivery', fields: ['ProgType', 'FundModel'], group: 'programme' }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return int(aim, 'ProgType') === 25 && fm !== undefined && ![36, 81, 99].includes(fm) ? 'ProgType' : undefined;
  },
);
