import { date, dpOutcomes } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { outCode, outType } from '../destination/dp-shared';
import type { DestinationRule } from '../types';
import { ADVICE } from './advice-shared';

/**
 * ADV_DP_OpenEndedSuperseded: an outcome with no OutEndDate while a later outcome of another type starts after it
 * (strictly later OutStartDate). Reported once per open-ended outcome, at its OutEndDate (the record's row when the
 * cell is empty), naming the first later outcome of another type. Outcomes of the same type are not compared (an
 * updated outcome of the same type and code should update the record, which R69 covers). Every year.
 */
interface Dated {
  o: IlrRecord;
  start: string;
  type: string;
}

export const ADV_DP_OpenEndedSuperseded: DestinationRule = {
  id: 'ADV_DP_OpenEndedSuperseded',
  ...ADVICE,
  message: 'An earlier destination has no end date although a later destination of another type has started',
  description:
    "When a learner's destination changes (e.g. they leave a job and enrol on a course), add an Outcome end date to the earlier destination, update its collection date to when you received the information, and add a new record for the new destination. If both are current (e.g. a part-time job alongside study), no change is needed. Source: Provider Support Manual, \"Recording Learner Destination and Progression\", example of a 16-19 learner who goes into employment and later re-enrols (seed 000).",
  entity: 'DPOutcome',
  fields: ['OutEndDate', 'OutStartDate', 'OutType', 'OutCollDate'],
  scope: 'destination',
  check(ldp, ctx) {
    const dated: Dated[] = [];
    for (const o of dpOutcomes(ldp)) {
      const start = date(o, 'OutStartDate');
      const type = outType(o);
      if (start !== undefined && type !== undefined) dated.push({ o, start, type });
    }
    if (dated.length < 2) return;
    dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (let i = 0; i < dated.length; i++) {
      const a = dated[i]!;
      if (date(a.o, 'OutEndDate') !== undefined) continue;
      const later = dated.slice(i + 1).find((b) => b.start > a.start && b.type !== a.type);
      if (!later) continue;
      ctx.report(a.o, 'OutEndDate', {
        related: [{ record: later.o, field: 'OutStartDate' }],
        message: `The ${a.type} ${outCode(a.o) ?? '?'} destination from ${a.start} has no end date, but a ${later.type} ${outCode(later.o) ?? '?'} destination starts on ${later.start}: if the earlier one has ended, add its Outcome end date and update its collection date (if both are current, e.g. a part-time job alongside study, no change is needed).`,
      });
    }
  },
};
