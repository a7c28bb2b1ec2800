import { deliveries, int, learners } from '../../model/access';
import { addMonths } from '../../model/dates';
import { filePreparationDate } from '../derived/message';
import type { MessageRule } from '../types';
import { allAimsClosed, hasDpFundModel, lastEndedAim, TRAINING_PROG_TYPES } from './closed-learning';
import { destinationsOf, dpReturnedOnly, hasOutcomeFrom } from './dp-shared';

/**
 * R108: destination data is due within two months of learning ending. As ESFA's service (R108Rule): a learner with
 * some aim funded by FundModel 25, 35, 70 or 81, every aim closed (LearnActEndDate), the last-ended aim not a break in
 * learning (CompStatus 6), the file preparation date on or after that last end date + 2 months, no DPOutcome with
 * an OutStartDate on or after the last end date, and at least one aim that is not a traineeship or apprenticeship
 * standard (ProgType 24/25, or no ProgType). Reported at the last aim's LearnActEndDate.
 * The file preparation date is the header's, or the check's as-of date for a workbook without one.
 * Only for years whose ILR has the entity; for later years ADV_DP_Overdue is the advice equivalent (with a
 * configurable number of months). Severity and message: error, with the official message as given in the
 * specification's "R06 error guidance" for 2022-23 (guidance.submit-learner-data.service.gov.uk/22-23/ilr/r06-guidance).
 */
const MESSAGE =
  "'Learner destination and progression' record is missing. As the funded learning aims are now complete, 'learner destination and progression' must be entered within 2 months of the actual end date of the last aim to be completed. Check 'learner destination and progression' is recorded.";

export const R108: MessageRule = {
  id: 'R108',
  ...dpReturnedOnly('error'),
  message: MESSAGE,
  description:
    "Destination and progression data must be returned within two months of learning ending (Provider Support Manual, Recording Learner Destination and Progression). The official error guidance adds: once the two months have passed a record must be returned, and its learner reference number and ULN must match the learner record. Source: ESFA's 2020-21 validation service (R108Rule); ILR 2022-23 error guidance (R05, R06, R09, R12).",
  entity: 'LearningDelivery',
  fields: ['FundModel', 'ProgType', 'LearnActEndDate', 'CompStatus', 'OutStartDate'],
  scope: 'message',
  check(msg, ctx) {
    const prep = filePreparationDate(ctx);
    for (const learner of learners(msg)) {
      if (!allAimsClosed(learner) || !hasDpFundModel(learner)) continue;
      const last = lastEndedAim(learner)!;
      if (int(last.aim, 'CompStatus') === 6) continue;
      if (prep < addMonths(last.end, 2)) continue;
      if (hasOutcomeFrom(destinationsOf(ctx, learner), last.end)) continue;
      if (!deliveries(learner).some((a) => !TRAINING_PROG_TYPES.has(int(a, 'ProgType') ?? -1))) continue;
      ctx.report(last.aim, 'LearnActEndDate', { learner });
    }
  },
};
