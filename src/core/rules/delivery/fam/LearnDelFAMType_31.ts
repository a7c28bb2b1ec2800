import { atMost, famRule } from './fam-shared';

/**
 * LearnDelFAMType_31 (error): at most six LDM records on an aim; reported at the seventh. The same in ESFA's 2020-21
 * service.
 */
export const LearnDelFAMType_31 = famRule('LearnDelFAMType_31', { fields: ['LearnDelFAMType'] }, atMost('LDM', 6));
