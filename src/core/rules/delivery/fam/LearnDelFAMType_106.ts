import { ageOn } from '../../../model/dates';
import { atCodes, date, famRule } from './fam-shared';

/**
 * LearnDelFAMType_106 (error): LDM 320 (14-16 direct funded) and 321 (14-16 home educated) only for learners aged 14 or
 * over: fires where the learner is under 14 on 31 August. Reported at the LDM record's code.
 * Decision: "31 August" is 31 August of the current teaching year (the collection year's first 31 August), as the
 * other age rules of the list say (DateOfBirth_06, DateOfBirth_25); the error is "< 14 years", so a learner of 15 is
 * not reported. A learner without a date of birth is not checked. Not in ESFA's 2020-21 service.
 */
export const LearnDelFAMType_106 = famRule('LearnDelFAMType_106', { fields: ['DateOfBirth', 'LearnDelFAMType', 'LearnDelFAMCode'], years: { from: '2122' } }, (_aim, fams, ctx, learner) => {
  const dob = date(learner, 'DateOfBirth');
  if (dob === undefined) return undefined;
  return ageOn(dob, `${ctx.year.start.slice(0, 4)}-08-31`) < 14 ? atCodes(fams.matching('LDM', '320', '321')) : undefined;
});
