import { atCodes, famRule, text } from './fam-shared';

/**
 * LearnDelFAMType_15 (error): LDM 118 (Proxy learning aim) must not be returned on an aim that has ended (a
 * LearnActEndDate is returned); reported at the LDM record's code. The same in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_15 = famRule('LearnDelFAMType_15', { fields: ['LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'] }, (aim, fams) =>
  text(aim, 'LearnActEndDate') !== undefined ? atCodes(fams.matching('LDM', '118'), ['LearnActEndDate']) : undefined,
);
