import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship } from '../../derived/programme';
import { aimRule, int } from '../delivery-shared';

/** FundModel_06 (error): an apprenticeship-funded aim (FundModel 36) that is not part of an apprenticeship (DD07 = N; DD07 follows the year). */
export const FundModel_06 = aimRule(
  officialMeta('FundModel_06', { entity: 'LearningDelivery', fields: ['FundModel', 'ProgType'], group: 'programme' }),
  (aim, ctx) => (int(aim, 'FundModel') === 36 && !isApprenticeship(aim, ctx.year) ? 'FundModel' : undefined),
);
