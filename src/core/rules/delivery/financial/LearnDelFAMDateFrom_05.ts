import type { LearnerRule } from '../../types';
import { officialMeta } from '../../catalogue/official-meta';
import { childRule, famType, known } from './financial-shared';

/** LearnDelFAMDateFrom_05 (error): an Event indicator (EVI) FAM must have a Date applies from. New since 2020-21. */
export const LearnDelFAMDateFrom_05: LearnerRule = {
  ...childRule(
    officialMeta('LearnDelFAMDateFrom_05', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom'], group: 'fam-dates' }),
    'LearningDeliveryFAM',
    (f) => (famType(f) === 'EVI' && !known(f, 'LearnDelFAMDateFrom') ? 'LearnDelFAMDateFrom' : undefined),
  ),
  years: { from: '2122' },
};
