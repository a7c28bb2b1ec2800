import { atCodes, famRule } from './fam-shared';

/**
 * LearnDelFAMType_76 (error): an aim with LDM 034 (OLASS – offenders in custody) must have SOF 105 (Adult); reported at
 * each SOF record of another code. An aim without a SOF is LearnDelFAMType_01's to report. The same in ESFA's 2020-21
 * service.
 */
export const LearnDelFAMType_76 = famRule('LearnDelFAMType_76', { fields: ['LearnDelFAMType', 'LearnDelFAMCode'] }, (_aim, fams) =>
  fams.has('LDM', '034') ? atCodes(fams.other('SOF', '105')) : undefined,
);
