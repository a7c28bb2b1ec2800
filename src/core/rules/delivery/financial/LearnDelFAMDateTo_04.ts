import { officialMeta } from '../../catalogue/official-meta';
import { childRule, famType, known } from './financial-shared';

/** LearnDelFAMDateTo_04 (error): only LSF, ACT and ALB FAMs may have a Date applies to. The same in ESFA's 2020-21 service. */
const TYPES = ['LSF', 'ACT', 'ALB'];

export const LearnDelFAMDateTo_04 = childRule(
  officialMeta('LearnDelFAMDateTo_04', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateTo'], group: 'fam-dates' }),
  'LearningDeliveryFAM',
  (f) => (known(f, 'LearnDelFAMDateTo') && !TYPES.includes(famType(f) ?? '') ? 'LearnDelFAMDateTo' : undefined),
);
