import { deliveries, int, learners } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { MessageRule } from '../types';
import { ADVICE } from './advice-shared';

/**
 * ADV_WithdrawOtherShare: the share of withdrawn aims (CompStatus 3) whose WithdrawReason is 97 (other) or 98 (reason
 * not known) is above settings.withdrawOtherPercent (default 10) per cent. Strictly above: exactly at the threshold is
 * fine. Reported once for the whole workbook with the counts, at the first such WithdrawReason cell (by learner, then
 * aim, in file order). Withdrawn aims with no reason are not counted (the official rules ask for the reason). Every year.
 */
const OTHER = new Set([97, 98]);

function pct(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export const ADV_WithdrawOtherShare: MessageRule = {
  id: 'ADV_WithdrawOtherShare',
  ...ADVICE,
  message: 'Too many withdrawals are coded "other" or "reason not known"',
  description:
    'Withdrawal reasons 97 (other) and 98 (reason not known) hide why learners leave. The specification has specific codes: for example 2, 7, 41 and 47 (transferred to another provider), 3 (injury or illness), 29 (made redundant), 40 (transferred to a new learning aim with the same provider), 42 to 46 and 48; a high share of 97 and 98 usually means staff default to the catch-all rather than working through the list, which obscures the picture and invites audit questions. Threshold: settings.withdrawOtherPercent (default 10%). Sources: ILR specification, WithdrawReason field (2025-26 codes); seed 001 "ILR outcome and withdrawal codes", advice on defaulting to "other" (its own code table is wrong and is not used).',
  entity: 'LearningDelivery',
  fields: ['CompStatus', 'WithdrawReason'],
  scope: 'message',
  check(msg, ctx) {
    let withdrawn = 0;
    let other = 0;
    let first: { learner: IlrRecord; aim: IlrRecord } | undefined;
    for (const learner of learners(msg)) {
      for (const aim of deliveries(learner)) {
        if (int(aim, 'CompStatus') !== 3) continue;
        const reason = int(aim, 'WithdrawReason');
        if (reason === undefined) continue;
        withdrawn++;
        if (!OTHER.has(reason)) continue;
        other++;
        first ??= { learner, aim };
      }
    }
    const limit = ctx.settings.withdrawOtherPercent;
    if (withdrawn === 0 || !first) return;
    const share = (100 * other) / withdrawn;
    if (share <= limit) return;
    ctx.report(first.aim, 'WithdrawReason', {
      learner: first.learner,
      message: `${other} of ${withdrawn} withdrawn aims (${pct(share)}%) have withdrawal reason 97 (other) or 98 (reason not known), above the ${pct(limit)}% set: use the specific reason where one applies (the first is shown).`,
    });
  },
};
