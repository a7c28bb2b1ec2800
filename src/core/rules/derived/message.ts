import { header } from '../../model/access';
import type { IlrMessage } from '../../model/record';
import type { IlrYear } from '../../years/year';
import { MESSAGE_KEY } from '../engine';
import type { RuleContext } from '../types';

/** The message being checked (the engine puts it among the derived values of every run). */
export function messageOf(ctx: RuleContext): IlrMessage {
  return ctx.derived<IlrMessage>(MESSAGE_KEY, () => {
    throw new Error('messageOf: the rule is not running under runRules');
  });
}

/**
 * The "file preparation date" of the rules: the header's FilePreparationDate when it is a date, else the check's as-of
 * date (for a workbook, whose file is prepared when it is exported). Computed once per run.
 */
export function filePreparationDate(ctx: RuleContext): string {
  return ctx.derived('filePreparationDate', () => {
    const d = header(messageOf(ctx)).filePreparationDate;
    return d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : ctx.asOf;
  });
}

/** 1 January of the teaching year (the year's start is 1 August, so 1 January falls in its second calendar year). */
export function januaryFirst(year: IlrYear): string {
  return `${year.end.slice(0, 4)}-01-01`;
}

/**
 * Whether ESFA's 2020-21 validation service (SkillsFundingAgency/DC-ILR-2021-ValidationService) is the reference for
 * the year: true for collection years ending on or before 31 July 2021. Where that service's behaviour differs from
 * the 2025-26 plain-English rule, the rule file says so and branches on this.
 */
export function followsEsfa2021(year: IlrYear): boolean {
  return year.end <= '2021-07-31';
}
