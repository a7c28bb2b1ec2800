import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import type { LearnerRule } from '../../types';
import { childCheck, famType, known, until2021 } from './financial-shared';

/**
 * LearnDelFAMDateFrom_03 (error): only LSF, ACT, ALB and EVI FAMs may have a Date applies from. ESFA's 2020-21 service
 * allows LSF, ACT and ALB (the Event indicator is new): the 2020-21 variant.
 */
function check(types: readonly string[]): LearnerRule['check'] {
  return childCheck('LearningDeliveryFAM', (f: IlrRecord) => (known(f, 'LearnDelFAMDateFrom') && !types.includes(famType(f) ?? '') ? 'LearnDelFAMDateFrom' : undefined));
}

const FIELDS = ['LearnDelFAMType', 'LearnDelFAMDateFrom'];

export const LearnDelFAMDateFrom_03: LearnerRule = {
  ...officialMeta('LearnDelFAMDateFrom_03', { entity: 'LearningDeliveryFAM', fields: FIELDS, group: 'fam-dates' }),
  scope: 'learner',
  check: check(['LSF', 'ACT', 'ALB', 'EVI']),
  variants: [until2021(FIELDS, check(['LSF', 'ACT', 'ALB']), "ESFA's 2020-21 service allows a date from on LSF, ACT and ALB FAMs only (the Event indicator, EVI, came later).")],
};
