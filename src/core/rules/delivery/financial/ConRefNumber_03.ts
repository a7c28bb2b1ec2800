import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimCheck, int, known, until2021 } from './financial-shared';

/**
 * ConRefNumber_03 (error): no Contract reference number for FundModel 10, 11, 25, 35, 38, 81, 82 or 99. ESFA's
 * 2020-21 service checks FundModel 10, 25, 35, 36, 81, 82 and 99 (36 included, 11 and 38 not yet existing): the
 * 2020-21 variant.
 */
const FUND_MODELS = [10, 11, 25, 35, 38, 81, 82, 99];
const FUND_MODELS_2021 = [10, 25, 35, 36, 81, 82, 99];

function fires(fundModels: readonly number[]) {
  return (aim: IlrRecord) => (known(aim, 'ConRefNumber') && fundModels.includes(int(aim, 'FundModel') ?? -1) ? 'ConRefNumber' : undefined);
}

export const ConRefNumber_03: LearnerRule = {
  ...officialMeta('ConRefNumber_03', { entity: 'LearningDelivery', fields: ['ConRefNumber', 'FundModel'], group: 'delivery-fields' }),
  scope: 'learner',
  check: aimCheck(fires(FUND_MODELS)),
  variants: [until2021(['ConRefNumber', 'FundModel'], aimCheck(fires(FUND_MODELS_2021)), "ESFA's 2020-21 service checks FundModel 10, 25, 35, 36, 81, 82 and 99.")],
};
