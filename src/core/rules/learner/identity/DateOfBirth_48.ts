import { date, deliveries } from '../../../model/access';
import { addDays, toUtc } from '../../../model/dates';
import type { IlrRecord } from '../../../model/record';
import { officialMeta } from '../../catalogue/official-meta';
import { isApprenticeship, programmeStartDate } from '../../derived/programme';
import type { LearnerRule, RuleContext } from '../../types';
import { dateOfBirth } from './identity-shared';

/**
 * DateOfBirth_48 (error): an apprenticeship aim (DD07 = Y) starting on or after 1 August 2016 must belong to a
 * programme that started (DD04) after the last Friday in June of the academic year (1 September to 31 August) in which
 * the learner turns 16: error where DD04 is on or before that Friday. Reported per aim, at the aim's start date, with
 * the DateOfBirth marked.
 * 2020-21 (variant): ESFA's 2020-21 service asks that the programme start (DD04), not the aim's start, is on or after
 * 1 August 2016 (and its DD07 counts the framework programme types too, as DD07 did then).
 */

/** The last Friday in June of the academic year (1 September to 31 August) that contains the date. */
export function lastFridayInJuneOfAcademicYear(on: string): string {
  const [y, m] = on.split('-').map(Number) as [number, number];
  const june30 = `${m >= 9 ? y + 1 : y}-06-30`;
  const back = (toUtc(june30).getUTCDay() - 5 + 7) % 7;
  return addDays(june30, -back);
}

/** The learner's 16th birthday (29 February births: 28 February in a year that is not a leap year, as ESFA's AddYears). */
function sixteenthBirthday(dob: string): string {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const year = y + 16;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const check = (as2021: boolean): LearnerRule['check'] => (learner: IlrRecord, ctx: RuleContext) => {
  let friday: string | undefined;
  for (const aim of deliveries(learner)) {
    if (!isApprenticeship(aim, ctx.year)) continue;
    const dob = dateOfBirth(learner);
    if (dob === undefined) return;
    friday ??= lastFridayInJuneOfAcademicYear(sixteenthBirthday(dob));
    const dd04 = programmeStartDate(learner, aim, ctx);
    if (dd04 === undefined || dd04 > friday) continue;
    const from = as2021 ? dd04 : date(aim, 'LearnStartDate');
    if (from === undefined || from < '2016-08-01') continue;
    ctx.report(aim, 'LearnStartDate', { related: [{ record: learner, field: 'DateOfBirth' }] });
  }
};

export const DateOfBirth_48: LearnerRule = {
  ...officialMeta('DateOfBirth_48', { entity: 'LearningDelivery', fields: ['DateOfBirth', 'LearnStartDate', 'ProgType', 'AimType'], group: 'identity' }),
  // The programme index behind DD04 (derived/programme.ts) reads these once per learner for DD13 and DD18 too; DD04 does not depend on them.
  mentions: ['StdCode', 'LearnActEndDate', 'FworkCode', 'PwayCode'],
  scope: 'learner',
  check: check(false),
  variants: [
    {
      years: { to: '2021' },
      check: check(true),
      why: "ESFA's 2020-21 service asks that the programme start date (DD04), not the aim's start date, is on or after 1 August 2016.",
    },
  ],
};
