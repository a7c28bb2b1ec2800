import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../../types';
import { aimCheck, int, until2021 } from './financial-shared';
import { missingRecord } from './financial-rules';

/**
 * AFinType_10 (warning): an apprenticeship standard programme aim (ProgType 25, AimType 1) should have an end-point
 * assessment price (TNP2 or TNP4). The 2025-26 rule has no exclusion; ESFA's 2020-21 service excludes non-funded
 * standards (FundModel 99): the 2020-21 variant.
 */
function fires(excludeFundModel99: boolean) {
  return (aim: IlrRecord, learner: IlrRecord, ctx: RuleContext) => {
    if (int(aim, 'ProgType') !== 25 || int(aim, 'AimType') !== 1) return undefined;
    if (excludeFundModel99 && int(aim, 'FundModel') === 99) return undefined;
    return missingRecord(learner, aim, ctx, 'TNP', [2, 4]);
  };
}

export const AFinType_10: LearnerRule = {
  ...officialMeta('AFinType_10', { entity: 'AppFinRecord', fields: ['ProgType', 'AimType', 'AFinType', 'AFinCode'], group: 'financial' }),
  scope: 'learner',
  check: aimCheck(fires(false)),
  variants: [until2021(['ProgType', 'AimType', 'FundModel', 'AFinType', 'AFinCode'], aimCheck(fires(true)), "ESFA's 2020-21 service excludes non-funded standards (FundModel 99).")],
};
