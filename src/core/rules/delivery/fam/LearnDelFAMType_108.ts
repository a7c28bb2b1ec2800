import { atCodes, date, famRule } from './fam-shared';

/**
 * LearnDelFAMType_108 (error): for starts on or before 31 July 2024, an aim with LDM 382 (Free Courses for Jobs for low
 * wage learners) must also have LDM 378 (Level 3 Free Courses for Jobs); reported at the LDM 382 record's code. Not in
 * ESFA's 2020-21 service.
 */
export const LearnDelFAMType_108 = famRule('LearnDelFAMType_108', { fields: ['LearnStartDate', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (aim, fams) => {
  const start = date(aim, 'LearnStartDate');
  return start !== undefined && start <= '2024-07-31' && !fams.has('LDM', '378') ? atCodes(fams.matching('LDM', '382'), ['LearnStartDate']) : undefined;
});
