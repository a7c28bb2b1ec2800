import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { famOccurrenceCheck } from './identity-shared';

/**
 * LearnFAMType_09 (error): a learner must not have more than one LearnerFAM of type HNS, EHC, DLA, SEN, MCF, ECF, FME,
 * MMH or EMH. Reported at the second record of the type, with the first marked.
 * Decision: the 2025-26 text's error condition lists HNS … FME only, but its condition and change summary ("updated to
 * include new FAM codes MMH and EMH") include MMH and EMH: they are counted.
 * 2020-21 (variant): ESFA's 2020-21 service counts HNS, EHC, DLA, SEN, MCF, ECF and FME (MMH and EMH did not exist).
 */
export const LearnFAMType_09: LearnerRule = {
  ...officialMeta('LearnFAMType_09', { entity: 'LearnerFAM', fields: ['LearnFAMType'], group: 'identity' }),
  scope: 'learner',
  check: famOccurrenceCheck(['HNS', 'EHC', 'DLA', 'SEN', 'MCF', 'ECF', 'FME', 'MMH', 'EMH'], 1),
  variants: [
    {
      years: { to: '2021' },
      check: famOccurrenceCheck(['HNS', 'EHC', 'DLA', 'SEN', 'MCF', 'ECF', 'FME'], 1),
      why: "ESFA's 2020-21 service counts HNS, EHC, DLA, SEN, MCF, ECF and FME (MMH and EMH came later).",
    },
  ],
};
