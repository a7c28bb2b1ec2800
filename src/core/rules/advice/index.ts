import type { RuleDefinition } from '../types';
import { ADV_BreakInLearningLong } from './ADV_BreakInLearningLong';
import { ADV_ContinuingPastPlannedEnd } from './ADV_ContinuingPastPlannedEnd';
import { ADV_DP_FutureOutcome } from './ADV_DP_FutureOutcome';
import { ADV_DP_OpenEndedSuperseded } from './ADV_DP_OpenEndedSuperseded';
import { ADV_DP_Overdue } from './ADV_DP_Overdue';
import { ADV_DP_WhileContinuing } from './ADV_DP_WhileContinuing';
import { ADV_OutcomeNotKnownLong } from './ADV_OutcomeNotKnownLong';
import { ADV_WithdrawOtherShare } from './ADV_WithdrawOtherShare';

/** Data-quality advice from the Provider Support Manual and the seeds (IDs of our own, prefixed ADV_); docs/advice.md. */
export const adviceRules: RuleDefinition[] = [
  ADV_ContinuingPastPlannedEnd,
  ADV_BreakInLearningLong,
  ADV_OutcomeNotKnownLong,
  ADV_WithdrawOtherShare,
  ADV_DP_Overdue,
  ADV_DP_WhileContinuing,
  ADV_DP_FutureOutcome,
  ADV_DP_OpenEndedSuperseded,
];

export { destinationDueDate, overdueDays, isIsoDate } from './destination-due';
