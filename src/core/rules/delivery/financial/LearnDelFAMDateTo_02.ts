import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { childCheck, date, famType, int, known, until2021 } from './financial-shared';

/**
 * LearnDelFAMDateTo_02 (warning): a FAM's Date applies to, if returned, should not be after the aim's Learning planned
 * end date; an Apprenticeship contract type (ACT) FAM on a programme aim (AimType 1) with an Achievement date is
 * excluded. ESFA's 2020-21 service has no exclusion: the 2020-21 variant.
 */
function check(excludeAchievedAct: boolean): LearnerRule['check'] {
  return childCheck('LearningDeliveryFAM', (f: IlrRecord, aim: IlrRecord) => {
    const to = date(f, 'LearnDelFAMDateTo');
    const planned = date(aim, 'LearnPlanEndDate');
    if (to === undefined || planned === undefined || to <= planned) return undefined;
    if (excludeAchievedAct && famType(f) === 'ACT' && int(aim, 'AimType') === 1 && known(aim, 'AchDate')) return undefined;
    return { field: 'LearnDelFAMDateTo', related: [{ record: aim, field: 'LearnPlanEndDate' }] };
  });
}

export const LearnDelFAMDateTo_02: LearnerRule = {
  ...officialMeta('LearnDelFAMDateTo_02', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMDateTo', 'LearnPlanEndDate', 'LearnDelFAMType', 'AimType', 'AchDate'], group: 'fam-dates' }),
  scope: 'learner',
  check: check(true),
  variants: [until2021(['LearnDelFAMDateTo', 'LearnPlanEndDate'], check(false), "ESFA's 2020-21 service has no exclusion for the ACT FAM of an achieved programme aim.")],
};
