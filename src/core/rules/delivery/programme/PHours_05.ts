import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** PHours_05 (error): PHours returned on a 16-19 study programme aim (FundModel 25, ProgType not 31 or not returned). */
export const PHours_05 = aimRule(
  officialMeta('PHours_05', { entity: 'LearningDelivery', fields: ['PHours', 'FundModel', 'ProgType'], group: 'programme', years: { from: '2122' } }),
  (aim) => (int(aim, 'FundModel') === 25 && int(aim, 'ProgType') !== 31 && known(aim, 'PHours') ? 'PHours' : undefined),
);
