import { date, deliveries, int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { employmentAtStart } from '../derived/employment';
import { officialMeta } from '../catalogue/official-meta';
import type { LearnerRule, RuleContext } from '../types';
import { isApprenticeshipProgramme, monitoringsOfType, statuses } from './employment-shared';

/**
 * ESMType_09 (error): for an apprenticeship (DD07) programme aim (AimType 1), the employment status in force on the
 * aim's start date, when it is "in paid employment" (EmpStat 10) and applies on or after 1 August 2013, must have a
 * length of employment (LOE). Reported once per status at its EmpStat, with each such aim's start marked.
 * 2020-21 (variant): ESFA's 2020-21 service checks every employed status dated from 1 August 2013 up to the latest
 * start of the learner's apprenticeship programme aims started on or after 1 August 2013, not only the one in force on
 * a start date. Followed for 2020-21.
 */
const FIRST = '2013-08-01';
const needsLoe = (s: IlrRecord | undefined): s is IlrRecord => {
  const d = date(s, 'DateEmpStatApp');
  return s !== undefined && d !== undefined && d >= FIRST && int(s, 'EmpStat') === 10 && monitoringsOfType(s, 'LOE').length === 0;
};

function check(learner: IlrRecord, ctx: RuleContext): void {
  const aimsOf = new Map<IlrRecord, IlrRecord[]>();
  for (const aim of deliveries(learner)) {
    if (!isApprenticeshipProgramme(aim, ctx)) continue;
    const s = employmentAtStart(learner, aim, ctx);
    if (!needsLoe(s)) continue;
    const list = aimsOf.get(s);
    if (list) list.push(aim);
    else aimsOf.set(s, [aim]);
  }
  for (const [s, aims] of aimsOf) ctx.report(s, 'EmpStat', { related: aims.map((a) => ({ record: a, field: 'LearnStartDate' })) });
}

function check2021(learner: IlrRecord, ctx: RuleContext): void {
  let latest: string | undefined;
  for (const aim of deliveries(learner)) {
    const start = date(aim, 'LearnStartDate');
    if (start === undefined || start < FIRST || !isApprenticeshipProgramme(aim, ctx)) continue;
    if (latest === undefined || start > latest) latest = start;
  }
  if (latest === undefined) return;
  for (const s of statuses(learner)) {
    if (needsLoe(s) && date(s, 'DateEmpStatApp')! <= latest) ctx.report(s, 'EmpStat');
  }
}

export const ESMType_09: LearnerRule = {
  ...officialMeta('ESMType_09', {
    entity: 'LearnerEmploymentStatus',
    fields: ['AimType', 'ProgType', 'LearnStartDate', 'DateEmpStatApp', 'EmpStat', 'ESMType'],
    group: 'employment',
  }),
  scope: 'learner',
  check,
  variants: [
    {
      years: { to: '2021' },
      check: check2021,
      why: "ESFA's 2020-21 service checks every employed status dated from 1 August 2013 to the latest apprenticeship programme start (from 1 August 2013), not only the status in force on a start date.",
    },
  ],
};
