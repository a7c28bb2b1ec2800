import { officialMeta } from '../../catalogue/official-meta';
import { childRule, famType, known } from './financial-shared';

/** LearnDelFAMDateFrom_04 (error): an Apprenticeship contract type (ACT) FAM must have a Date applies from. The same in ESFA's 2020-21 service. */
export const LearnDelFAMDateFrom_04 = childRule(
  officialMeta('LearnDelFAMDateFrom_04', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom'], group: 'fam-dates' }),
  'LearningDeliveryFAM',
  (f) => (famType(f) === 'ACT' && !known(f, 'LearnDelFAMDateFrom') ? 'LearnDelFAMDateFrom' : undefined),
);
