import { date, deliveries, dpOutcomes, int } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { learnersOf, outCode, outType } from '../destination/dp-shared';
import type { DestinationRule } from '../types';
import { ADVICE, aimLabel } from './advice-shared';

/**
 * ADV_DP_WhileContinuing: a destination outcome that starts while the learner still has learning continuing:
 * an aim with CompStatus 1 whose LearnStartDate is before the outcome's OutStartDate. An outcome starting on or before
 * the continuing aim's start is not flagged: it is a destination of earlier learning, or the new enrolment itself
 * (the manual's example of a learner who leaves a job and enrols again: EDU 4 starting on the enrolment date).
 * Reported at the outcome's OutStartDate, once per outcome (naming the first such aim). Every year.
 */
function continuingBefore(learners: readonly IlrRecord[], start: string): { learner: IlrRecord; aim: IlrRecord } | undefined {
  for (const learner of learners) {
    for (const aim of deliveries(learner)) {
      if (int(aim, 'CompStatus') !== 1) continue;
      const s = date(aim, 'LearnStartDate');
      if (s !== undefined && s < start) return { learner, aim };
    }
  }
  return undefined;
}

export const ADV_DP_WhileContinuing: DestinationRule = {
  id: 'ADV_DP_WhileContinuing',
  ...ADVICE,
  message: 'A destination is recorded while the learner is still in learning',
  description:
    'Destinations are collected when the learner has completed or withdrawn from all the activities on their original learning agreement or plan. An outcome that starts while an aim is still continuing usually means the aims were not closed when the learner left, or the outcome belongs elsewhere; check the aims\' completion status and the outcome\'s dates. Source: Provider Support Manual, "Recording Learner Destination and Progression" (seed 000).',
  entity: 'DPOutcome',
  fields: ['OutStartDate', 'CompStatus', 'LearnStartDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const ls = learnersOf(ctx, ldp);
    if (ls.length === 0) return;
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      if (start === undefined) continue;
      const continuing = continuingBefore(ls, start);
      if (!continuing) continue;
      const { aim } = continuing;
      ctx.report(o, 'OutStartDate', {
        related: [{ record: aim, field: 'CompStatus', learner: continuing.learner }],
        message: `A destination (${outType(o) ?? '?'} ${outCode(o) ?? '?'}) starting ${start} is recorded while ${aimLabel(aim)}, started ${date(aim, 'LearnStartDate')}, is still continuing (CompStatus 1): destinations are collected once all learning has ended, so close the aims if the learner has left, or check the outcome.`,
      });
    }
  },
};
