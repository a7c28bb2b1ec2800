import { date, deliveries, int, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule, RuleContext, RuleMeta, RuleVariant } from '../types';

/** Skills Bootcamps (FundModel 37, ProgType 32): excluded from several completion rules. */
export function isSkillsBootcamp(aim: IlrRecord): boolean {
  return int(aim, 'FundModel') === 37 && int(aim, 'ProgType') === 32;
}

/** Apprenticeship standards (ProgType 25) funded by FundModel 36 (or 99, where a rule says so). */
export function isApprenticeshipStandard(aim: IlrRecord, fundModels: readonly number[] = [36]): boolean {
  return int(aim, 'ProgType') === 25 && fundModels.includes(int(aim, 'FundModel') ?? -1);
}

/**
 * A rule that looks at each learning aim on its own: `fires(aim, ctx)` returns the field to report (the one to
 * correct) when the rule is broken, else undefined.
 */
export function aimRule(meta: RuleMeta, fires: (aim: IlrRecord, ctx: RuleContext) => string | undefined): LearnerRule {
  return {
    ...meta,
    scope: 'learner',
    check: aimCheck(fires),
  };
}

/** The check of an aim rule (also for a variant of one with another condition). */
export function aimCheck(fires: (aim: IlrRecord, ctx: RuleContext) => string | undefined): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const field = fires(aim, ctx);
      if (field !== undefined) ctx.report(aim, field);
    }
  };
}

/** Whether a value is returned (present and not blank). */
export function known(aim: IlrRecord, field: string): boolean {
  return text(aim, field) !== undefined;
}

export { date, int };

/** Traineeship programme aims (AimType 1, ProgType 24): 2020-21 and before; several completion rules treat them apart. */
export function isTraineeshipProgramme(aim: IlrRecord): boolean {
  return int(aim, 'AimType') === 1 && int(aim, 'ProgType') === 24;
}

/**
 * The variant of an aim rule for 2020-21 (and before): the condition of ESFA's 2020-21 service, with the fields it
 * reads, and why it differs.
 */
export function until2021(fields: string[], fires: (aim: IlrRecord, ctx: RuleContext) => string | undefined, why: string): RuleVariant<IlrRecord> {
  return { years: { to: '2021' }, fields, check: aimCheck(fires), why };
}
