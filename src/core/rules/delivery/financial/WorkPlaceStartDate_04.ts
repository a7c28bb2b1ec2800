import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { aimCheck, aimRef, int, until2021 } from './financial-shared';
import { T_LEVEL_PLACEMENT } from './work-placement';

/**
 * WorkPlaceStartDate_04 (error): an industry placement (ZWRKX002) or T Level work experience (ZWRKX003) aim must be
 * funded by FundModel 25; non-funded T Levels (FundModel 99) are excluded. ESFA's 2020-21 service has no FundModel 99
 * exclusion: the 2020-21 variant.
 */
function fires(excludeNonFunded: boolean) {
  return (aim: IlrRecord) => {
    const ref = aimRef(aim);
    if (ref !== 'ZWRKX002' && ref !== T_LEVEL_PLACEMENT) return undefined;
    const fm = int(aim, 'FundModel');
    if (fm === 25 || (excludeNonFunded && fm === 99)) return undefined;
    return 'FundModel';
  };
}

export const WorkPlaceStartDate_04: LearnerRule = {
  ...officialMeta('WorkPlaceStartDate_04', { entity: 'LearningDelivery', fields: ['LearnAimRef', 'FundModel'], group: 'work-placement' }),
  scope: 'learner',
  check: aimCheck(fires(true)),
  variants: [until2021(['LearnAimRef', 'FundModel'], aimCheck(fires(false)), "ESFA's 2020-21 service has no exclusion for non-funded T Levels (FundModel 99).")],
};
