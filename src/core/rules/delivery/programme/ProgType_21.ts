import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/** ProgType_21 (error): a Skills Bootcamp aim (ProgType 32) not funded by FundModel 37. Reported at the FundModel (the message's subject). */
export const ProgType_21 = aimRule(
  officialMeta('ProgType_21', { entity: 'LearningDelivery', fields: ['ProgType', 'FundModel'], group: 'programme', years: { from: '2122' } }),
  (aim) => {
    const fm = int(aim, 'FundModel');
    return int(aim, 'ProgType') === 32 && fm !== undefined && fm !== 37 ? 'FundModel' : undefined;
  },
);
