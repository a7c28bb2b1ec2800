import { officialMeta } from '../../catalogue/official-meta';
import type { IlrRecord } from '../../../model/record';
import { aimRule, int, known, until2021 } from '../delivery-shared';
import { FAM_FIELDS, isRestart } from './programme-shared';

/**
 * OrigLearnStartDate_04 (error): an OrigLearnStartDate without a restart indicator (a LearningDeliveryFAM of type RES).
 * 2020-21: ESFA's service checked only FundModel 35, 36, 81 and 99.
 */
const fires = (aim: IlrRecord): boolean => known(aim, 'OrigLearnStartDate') && !isRestart(aim);

export const OrigLearnStartDate_04 = aimRule(
  officialMeta('OrigLearnStartDate_04', { entity: 'LearningDelivery', fields: ['OrigLearnStartDate', ...FAM_FIELDS], group: 'programme' }),
  (aim) => (fires(aim) ? 'OrigLearnStartDate' : undefined),
);
OrigLearnStartDate_04.variants = [
  until2021(
    ['OrigLearnStartDate', 'FundModel', ...FAM_FIELDS],
    (aim) => (fires(aim) && [35, 36, 81, 99].includes(int(aim, 'FundModel') ?? -1) ? 'OrigLearnStartDate' : undefined),
    "ESFA's 2020-21 service checked only FundModel 35, 36, 81 and 99.",
  ),
];
