import type { LearnerRule } from '../../types';
import { officialMeta } from '../../catalogue/official-meta';
import { childRule, date, famType } from './financial-shared';

/** LearnDelFAMDateFrom_06 (error): an Event indicator (EVI) FAM must not apply from before 1 August 2025. New since 2020-21. */
const EVI_FROM = '2025-08-01';

export const LearnDelFAMDateFrom_06: LearnerRule = {
  ...childRule(
    officialMeta('LearnDelFAMDateFrom_06', { entity: 'LearningDeliveryFAM', fields: ['LearnDelFAMType', 'LearnDelFAMDateFrom'], group: 'fam-dates' }),
    'LearningDeliveryFAM',
    (f) => {
      const from = date(f, 'LearnDelFAMDateFrom');
      return famType(f) === 'EVI' && from !== undefined && from < EVI_FROM ? 'LearnDelFAMDateFrom' : undefined;
    },
  ),
  years: { from: '2122' },
};
