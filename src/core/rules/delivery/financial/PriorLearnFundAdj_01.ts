import type { IlrRecord } from '../../../model/record';
import { deliveryFams } from '../../../model/access';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimCheck, int, known, until2021 } from './financial-shared';

/**
 * PriorLearnFundAdj_01 (error): no Funding adjustment for prior learning for FundModel 10, 25, 82 or 99, unless the aim
 * is an Advanced Learner Loan (an ADL FAM). ESFA's 2020-21 service also checks FundModel 70 (ESF): the 2020-21 variant.
 */
function fires(fundModels: readonly number[]) {
  return (aim: IlrRecord) =>
    known(aim, 'PriorLearnFundAdj') && fundModels.includes(int(aim, 'FundModel') ?? -1) && deliveryFams(aim, 'ADL').length === 0 ? 'PriorLearnFundAdj' : undefined;
}

const FIELDS = ['PriorLearnFundAdj', 'FundModel', 'LearnDelFAMType'];

export const PriorLearnFundAdj_01: LearnerRule = {
  ...officialMeta('PriorLearnFundAdj_01', { entity: 'LearningDelivery', fields: FIELDS, group: 'delivery-fields' }),
  scope: 'learner',
  check: aimCheck(fires([10, 25, 82, 99])),
  variants: [until2021(FIELDS, aimCheck(fires([10, 25, 70, 82, 99])), "ESFA's 2020-21 service also checks FundModel 70 (ESF).")],
};
