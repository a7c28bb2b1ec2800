import { atMost, famRule } from './fam-shared';

/**
 * LearnDelFAMType_77 (error): at most six DAM records on an aim; reported at the seventh. The same in ESFA's 2020-21
 * service.
 */
export const LearnDelFAMType_77 = famRule('LearnDelFAMType_77', { fields: ['LearnDelFAMType'] }, atMost('DAM', 6));
