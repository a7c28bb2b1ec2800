import { officialMeta } from '../../catalogue/official-meta';
import { childRule, famType, known } from './financial-shared';

/** LearnDelFAMDateFrom_01 (error): a Learning Support Funding (LSF) or Loans Bursary (ALB) FAM must have both its Date applies from and Date applies to; the missing one is reported (from first). The same in ESFA's 2020-21 service. */
export const LearnDelFAMDateFrom_01 = childRule(
  officialMeta('LearnDelFAMDateFrom_01', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom', 'LearnDelFAMDateTo'], group: 'fam-dates' }),
  'LearningDeliveryFAM',
  (f) => {
    const type = famType(f);
    if (type !== 'LSF' && type !== 'ALB') return undefined;
    if (!known(f, 'LearnDelFAMDateFrom')) return 'LearnDelFAMDateFrom';
    return known(f, 'LearnDelFAMDateTo') ? undefined : 'LearnDelFAMDateTo';
  },
);
