import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from './financial-shared';

/**
 * StdCode_03 (error): a Standard code only on aims of an apprenticeship standard (ProgType 25). The 2025-26
 * Description is StdCode_02's LARS lookup (a copying slip, ILR-FACTS.md); the DetailedDescription is followed. The same
 * in ESFA's 2020-21 service.
 */
export const StdCode_03 = aimRule(
  officialMeta('StdCode_03', { entity: 'LearningDelivery', fields: ['StdCode', 'ProgType'], group: 'delivery-fields' }),
  (aim) => (int(aim, 'ProgType') !== 25 && known(aim, 'StdCode') ? 'StdCode' : undefined),
);
