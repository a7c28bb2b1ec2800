import { officialMeta } from '../../catalogue/official-meta';
import { isDevolved } from '../../derived/programme';
import { aimRule, int } from '../delivery-shared';
import { FAM_FIELDS } from './programme-shared';

/** ProgType_22 (error): a combined authority programme aim (ProgType 33) without a combined authority source of funding (DD35 = N). */
export const ProgType_22 = aimRule(
  officialMeta('ProgType_22', { entity: 'LearningDelivery', fields: ['ProgType', ...FAM_FIELDS], group: 'programme', years: { from: '2122' } }),
  (aim) => (int(aim, 'ProgType') === 33 && !isDevolved(aim) ? 'ProgType' : undefined),
);
