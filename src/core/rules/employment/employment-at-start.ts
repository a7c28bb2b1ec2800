import { deliveries, int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { employmentAtStart } from '../derived/employment';
import type { LearnerRule, RuleContext } from '../types';

/**
 * The check of a rule on the employment status in force on an aim's start date (EmpStat_12, EmpStat_15, EmpStat_20):
 * for each aim `applies` picks, `wrong(status)` says whether the status (undefined: none in force) breaks the rule. A
 * status is reported at its EmpStat with the aim's start marked too; no status, at the aim's LearnStartDate.
 * `firstOnly`: report only the learner's first such aim (ESFA's 2020-21 service stops at the first).
 */
export function statusAtStartCheck(
  applies: (aim: IlrRecord, ctx: RuleContext) => boolean,
  wrong: (status: IlrRecord | undefined) => boolean,
  firstOnly = false,
): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      if (!applies(aim, ctx)) continue;
      const s = employmentAtStart(learner, aim, ctx);
      if (!wrong(s)) continue;
      if (s) ctx.report(s, 'EmpStat', { related: [{ record: aim, field: 'LearnStartDate' }] });
      else ctx.report(aim, 'LearnStartDate');
      if (firstOnly) return;
    }
  };
}

/** Not "in paid employment" (EmpStat 10) on the start date, or no status in force then. */
export const notEmployed = (s: IlrRecord | undefined): boolean => int(s, 'EmpStat') !== 10;
