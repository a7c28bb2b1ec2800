import { text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { TEMPORARY_ULN } from '../derived/uln-check-digit';
import type { RuleContext } from '../types';

/** The learner's ULN as returned, trimmed, or undefined. */
export function ulnOf(learner: IlrRecord): string | undefined {
  return text(learner, 'ULN')?.trim();
}

export function hasTemporaryUln(learner: IlrRecord): boolean {
  return ulnOf(learner) === TEMPORARY_ULN;
}

/**
 * Reports a ULN rule once per learner, at the ULN cell, naming the first aim that makes it apply.
 * (ESFA's service reports some ULN rules once per aim; one finding on the one cell to fix is what the user needs.)
 */
export function reportUln(ctx: RuleContext, learner: IlrRecord, aim?: IlrRecord): void {
  ctx.report(learner, 'ULN', aim ? { aim } : {});
}

/** Fields the ULN rules read. */
export const ULN_FIELDS = ['ULN', 'FundModel', 'LearnStartDate', 'LearnPlanEndDate', 'LearnActEndDate', 'LearnDelFAMType', 'LearnDelFAMCode'];
