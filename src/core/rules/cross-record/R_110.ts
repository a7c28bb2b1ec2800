import { date, deliveries, int, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { EMPLOYMENT_BY_DATE, employmentOn, hasEsm } from '../derived/employment';
import type { LearnerRule, RuleContext } from '../types';
import { sameCode } from '../derived/aims';
import { aimFams, fundModelOf } from './cross-shared';

/** Whether the learner's latest employment status (latest DateEmpStatApp) records redundancy (OET 1). */
function redundant(learner: IlrRecord, ctx: RuleContext): boolean {
  const all = ctx.get(EMPLOYMENT_BY_DATE, learner);
  return all.length > 0 && hasEsm(all[all.length - 1]!.record, 'OET', [1]);
}

function r110(withExclusions: boolean): LearnerRule['check'] {
  return (learner, ctx) => {
    let isRedundant: boolean | undefined;
    for (const aim of deliveries(learner)) {
      if (fundModelOf(aim) !== 36) continue;
      const acts = aimFams(aim, 'ACT').filter((f) => sameCode(text(f, 'LearnDelFAMCode'), '1'));
      if (acts.length === 0) continue;
      if (withExclusions) {
        if (aimFams(aim, 'RES').length > 0) continue;
        isRedundant ??= redundant(learner, ctx);
        if (isRedundant) continue;
      }
      for (const fam of acts) {
        const on = date(fam, 'LearnDelFAMDateFrom');
        if (on === undefined) continue;
        const status = employmentOn(learner, on, ctx);
        if (status && int(status, 'EmpStat') !== 10) {
          ctx.report(status, 'EmpStat', { related: [{ record: fam, field: 'LearnDelFAMDateFrom', aim }] });
          break;
        }
        if (!status && !withExclusions) {
          ctx.report(fam, 'LearnDelFAMDateFrom', { aim });
          break;
        }
      }
    }
  };
}

/**
 * R_110 (error): an apprenticeship (FundModel 36) funded through a contract for services with an employer (ACT 1) needs
 * the learner employed (EmpStat 10) on each ACT 1 record's LearnDelFAMDateFrom (the status in force: the latest
 * DateEmpStatApp on or before it). Excluded: restarts (the aim has a RES record) and a learner made redundant (OET 1 on
 * the latest employment status). Reported once per aim, at the EmpStat of the status in force, the ACT record's
 * DateFrom as `related`. A learner with no status on that date is left to the employment status rules (the comparison
 * "EmpStat <> 10" has no status to compare).
 * 2020-21 (ESFA's 2020-21 service, R110Rule): no exclusions, and no status on the date fires too (reported at the ACT
 * record's DateFrom).
 */
export const R_110: LearnerRule = {
  ...officialMeta('R_110', {
    entity: 'LearnerEmploymentStatus',
    fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode', 'LearnDelFAMDateFrom', 'EmpStat', 'DateEmpStatApp', 'ESMType', 'ESMCode'],
    group: 'cross-record',
  }),
  scope: 'learner',
  check: r110(true),
  variants: [
    {
      years: { to: '2021' },
      fields: ['FundModel', 'LearnDelFAMType', 'LearnDelFAMCode', 'LearnDelFAMDateFrom', 'EmpStat', 'DateEmpStatApp'],
      check: r110(false),
      why: "ESFA's 2020-21 service has neither exclusion (restarts, redundancy) and fires when no employment status applies on the date.",
    },
  ],
};
