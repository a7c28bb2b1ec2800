import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** PHours_07 (error): a Tailored Learning aim (FundModel 11) without PHours. */
export const PHours_07 = aimRule(
  officialMeta('PHours_07', { entity: 'LearningDelivery', fields: ['PHours', 'FundModel'], group: 'programme', years: { from: '2122' } }),
  (aim) => (int(aim, 'FundModel') === 11 && !known(aim, 'PHours') ? 'PHours' : undefined),
);
