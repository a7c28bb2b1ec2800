import { atCodes, famRule, startsOnOrAfter } from './fam-shared';

/**
 * LearnDelFAMType_120 (error): for starts on or after 1 August 2024, an aim with LDM 378 (Free Courses for Jobs) must
 * also have LDM 391 (Earnings threshold); reported at the LDM 378 record's code.
 * Decision: the message says "LDM382 and LDM391"; the detailed text (the source of truth) and its guidance name the
 * Free Courses for Jobs code, LDM 378 ("there is a record of … LDM … 378 and there is no record of … 391"). Followed.
 * Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_120 = famRule('LearnDelFAMType_120', { fields: ['LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  startsOnOrAfter(aim, '2024-08-01') && !fams.has('LDM', '391') ? atCodes(fams.matching('LDM', '378'), ['LearnStartDate']) : undefined,
);
