import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int } from '../delivery-shared';

/**
 * FundModel_16 (error): a Skills Bootcamp funded aim (FundModel 37) whose ProgType is not 32. "ProgType <> 32" is taken
 * to include a ProgType not returned (every FundModel 37 aim is part of the Skills Bootcamp programme).
 */
export const FundModel_16 = aimRule(
  officialMeta('FundModel_16', { entity: 'LearningDelivery', fields: ['FundModel', 'ProgType'], group: 'programme', years: { from: '2122' } }),
  (aim) => (int(aim, 'FundModel') === 37 && int(aim, 'ProgType') !== 32 ? 'FundModel' : undefined),
);
