import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { hasDeliveryFam } from '../../derived/aims';
import type { LearnerRule } from '../../types';
import { aimCheck, text, until2021 } from './financial-shared';
import { isPostcodeFormat } from './postcode-format';

/**
 * DelLocPostCode_11 (error): the Delivery location postcode must be in the postcode format; OLASS aims (LDM 034) are
 * excluded. ESFA's 2020-21 service has no OLASS exclusion: the 2020-21 variant. A missing postcode is FD_DelLocPostCode_MA's.
 */
function fires(excludeOlass: boolean) {
  return (aim: IlrRecord) => {
    const pc = text(aim, 'DelLocPostCode');
    if (pc === undefined || isPostcodeFormat(pc)) return undefined;
    return excludeOlass && hasDeliveryFam(aim, 'LDM', '034') ? undefined : 'DelLocPostCode';
  };
}

export const DelLocPostCode_11: LearnerRule = {
  ...officialMeta('DelLocPostCode_11', { entity: 'LearningDelivery', fields: ['DelLocPostCode', 'LearnDelFAMType', 'LearnDelFAMCode'], group: 'delivery-fields' }),
  scope: 'learner',
  check: aimCheck(fires(true)),
  variants: [until2021(['DelLocPostCode'], aimCheck(fires(false)), "ESFA's 2020-21 service has no exclusion for OLASS aims.")],
};
