import { officialMeta } from '../../catalogue/official-meta';
import { aimRule, text } from './financial-shared';
import { isPostcodeFormat } from './postcode-format';

/** LSDPostcode_03 (error): if returned, the Learning start date postcode must be in the postcode format. The same in ESFA's 2020-21 service. */
export const LSDPostcode_03 = aimRule(
  officialMeta('LSDPostcode_03', { entity: 'LearningDelivery', fields: ['LSDPostcode'], group: 'delivery-fields' }),
  (aim) => {
    const pc = text(aim, 'LSDPostcode');
    return pc !== undefined && !isPostcodeFormat(pc) ? 'LSDPostcode' : undefined;
  },
);
