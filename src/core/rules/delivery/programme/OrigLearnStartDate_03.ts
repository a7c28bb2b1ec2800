import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from '../delivery-shared';

/** OrigLearnStartDate_03 (error): an OrigLearnStartDate on a 16-19 or community learning aim (FundModel 25, 82, 10). */
export const OrigLearnStartDate_03 = aimRule(
  officialMeta('OrigLearnStartDate_03', { entity: 'LearningDelivery', fields: ['OrigLearnStartDate', 'FundModel'], group: 'programme' }),
  (aim) => (known(aim, 'OrigLearnStartDate') && [25, 82, 10].includes(int(aim, 'FundModel') ?? -1) ? 'OrigLearnStartDate' : undefined),
);
