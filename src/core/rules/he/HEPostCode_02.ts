import { text } from '../../model/access';
import { officialMeta } from '../catalogue/official-meta';
import { heRule, postcodeFormatValid } from './he-shared';

/**
 * HEPostCode_02 (error): the HE postcode (HEPostCode), if returned, must be in the valid postcode format: 1 or 2
 * capital letters, then 1 or 2 digits or a digit and a capital letter, a space, a digit and two capital letters other
 * than C, I, K, M, O and V. Same in ESFA's 2020-21 service.
 */
export const HEPostCode_02 = heRule(
  officialMeta('HEPostCode_02', { entity: 'LearningDeliveryHE', fields: ['HEPostCode'], group: 'he' }),
  ({ he }) => {
    const pc = text(he, 'HEPostCode');
    return pc !== undefined && !postcodeFormatValid(pc) ? 'HEPostCode' : undefined;
  },
);
