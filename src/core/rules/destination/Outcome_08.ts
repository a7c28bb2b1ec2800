import { date, deliveries, dpOutcomes, int } from '../../model/access';
import { addMonths } from '../../model/dates';
import type { IlrRecord } from '../../model/record';
import type { LearnerRule } from '../types';
import { destinationsOf, dpReturnedOnly, outCode, outType } from './dp-shared';

/**
 * Outcome_08: a traineeship counts as achieved (Outcome 1) only with a positive progression: the learner must have a
 * destination of paid employment of 16 hours or more (EMP 1), self-employment of 16 hours or more (EMP 4), an
 * apprenticeship (EDU 2) or further full- or part-time education (EDU 4, EDU 5) that starts less than six months after
 * the traineeship's LearnActEndDate. As ESFA's service (Outcome_08Rule): only programme aims (AimType 1) of
 * ProgType 24 started on or after 1 August 2015; with no LearnActEndDate any start date of those outcomes counts; the
 * six-month limit is strict (an outcome starting exactly six months after the end does not count). Reported at the
 * aim's Outcome. As ESFA's service, only the learner's first destination record (LearnRefNumber matched
 * case-insensitively) is looked at. Only for years whose ILR has the entity.
 */
const MESSAGE = 'An achieved traineeship must have an employment, apprenticeship or further education outcome starting within six months of the end of the traineeship';
const RULE_START = '2015-08-01';
const POSITIVE = new Set(['EMP|1', 'EMP|4', 'EDU|2', 'EDU|4', 'EDU|5']);

function positiveBefore(records: readonly IlrRecord[], limit: string | undefined): boolean {
  for (const ldp of records) {
    for (const o of dpOutcomes(ldp)) {
      if (!POSITIVE.has(`${outType(o) ?? ''}|${outCode(o) ?? ''}`)) continue;
      if (limit === undefined) return true;
      const start = date(o, 'OutStartDate');
      if (start !== undefined && start < limit) return true;
    }
  }
  return false;
}

export const Outcome_08: LearnerRule = {
  id: 'Outcome_08',
  ...dpReturnedOnly('error'),
  message: MESSAGE,
  description:
    "A traineeship (programme aim, ProgType 24, started from 1 August 2015) recorded as achieved (Outcome 1) needs a destination of EMP 1 or 4, or EDU 2, 4 or 5, starting within six months of its actual end date. Source: ESFA's 2020-21 validation service (Outcome_08Rule).",
  entity: 'LearningDelivery',
  fields: ['AimType', 'ProgType', 'Outcome', 'LearnStartDate', 'LearnActEndDate', 'OutType', 'OutCode', 'OutStartDate'],
  scope: 'learner',
  check(learner, ctx) {
    for (const aim of deliveries(learner)) {
      const start = date(aim, 'LearnStartDate');
      if (start === undefined || start < RULE_START) continue;
      if (int(aim, 'AimType') !== 1 || int(aim, 'ProgType') !== 24 || int(aim, 'Outcome') !== 1) continue;
      const end = date(aim, 'LearnActEndDate');
      if (positiveBefore(destinationsOf(ctx, learner).slice(0, 1), end === undefined ? undefined : addMonths(end, 6))) continue;
      ctx.report(aim, 'Outcome');
    }
  },
};
