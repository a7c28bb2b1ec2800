import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, int, known } from './financial-shared';

/** StdCode_01 (error): an aim of an apprenticeship standard (ProgType 25) must have a Standard code. The same in ESFA's 2020-21 service. */
export const StdCode_01 = aimRule(
  officialMeta('StdCode_01', { entity: 'LearningDelivery', fields: ['StdCode', 'ProgType'], group: 'delivery-fields' }),
  (aim) => (int(aim, 'ProgType') === 25 && !known(aim, 'StdCode') ? 'StdCode' : undefined),
);
