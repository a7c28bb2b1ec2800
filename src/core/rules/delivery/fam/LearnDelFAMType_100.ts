import { atCodes, famRule, startsBefore } from './fam-shared';

/**
 * LearnDelFAMType_100 (error): LDM 378 (Level 3 Free Courses for Jobs) only on aims started on or after 1 April 2021;
 * reported at the LDM record's code. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_100 = famRule('LearnDelFAMType_100', { fields: ['LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) =>
  startsBefore(aim, '2021-04-01') ? atCodes(fams.matching('LDM', '378'), ['LearnStartDate']) : undefined,
);
