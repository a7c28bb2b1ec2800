import { atCodes, famRule } from './fam-shared';

/**
 * LearnDelFAMType_71 (error): an aim with LDM 358 (non-procured non-levy contract) should have an ACT 2 record;
 * reported at the LDM record's code. The same in ESFA's 2020-21 service (its file is named LearnDelFamType_71).
 */
export const LearnDelFAMType_71 = famRule('LearnDelFAMType_71', { fields: ['LearnDelFAMType', 'LearnDelFAMCode'] }, (_aim, fams) =>
  fams.has('ACT', '2') ? undefined : atCodes(fams.matching('LDM', '358')),
);
