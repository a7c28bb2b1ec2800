import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimCheck, int, known, until2021 } from './financial-shared';

/**
 * OtherFundAdj_01 (error): no Other funding adjustment for FundModel 10, 25 or 82. ESFA's 2020-21 service also checks
 * FundModel 70 (ESF): the 2020-21 variant.
 */
function fires(fundModels: readonly number[]) {
  return (aim: IlrRecord) => (known(aim, 'OtherFundAdj') && fundModels.includes(int(aim, 'FundModel') ?? -1) ? 'OtherFundAdj' : undefined);
}

export const OtherFundAdj_01: LearnerRule = {
  ...officialMeta('OtherFundAdj_01', { entity: 'LearningDelivery', fields: ['OtherFundAdj', 'FundModel'], group: 'delivery-fields' }),
  scope: 'learner',
  check: aimCheck(fires([10, 25, 82])),
  variants: [until2021(['OtherFundAdj', 'FundModel'], aimCheck(fires([10, 25, 70, 82])), "ESFA's 2020-21 service also checks FundModel 70 (ESF).")],
};
