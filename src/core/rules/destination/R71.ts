import { destinationRecords, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { MessageRule } from '../types';
import { dpReturnedOnly } from './dp-shared';

/**
 * R71: a file must not hold two Learner Destination and Progression records with the same learner reference number.
 * As ESFA's service (R71Rule): compared case-insensitively; reported once per duplicated reference, at the second
 * record's LearnRefNumber. Only for years whose ILR has the entity: it is about the records as returned in the file
 * (a workbook's DPOutcome sheet groups its rows by learner, so for other years there is nothing to duplicate).
 */
const MESSAGE = 'The learner reference number must not be used on more than one Learner Destination and Progression record';

export const R71: MessageRule = {
  id: 'R71',
  ...dpReturnedOnly('error'),
  message: MESSAGE,
  description:
    "Each learner has at most one Destination and Progression record (holding all their outcomes). Source: ESFA's 2020-21 validation service (R71Rule).",
  entity: 'LearnerDestinationandProgression',
  fields: ['LearnRefNumber'],
  scope: 'message',
  check(msg, ctx) {
    const byRef = new Map<string, IlrRecord[]>();
    for (const ldp of destinationRecords(msg)) {
      const ref = text(ldp, 'LearnRefNumber')?.trim();
      if (ref === undefined) continue;
      const list = byRef.get(ref.toUpperCase());
      if (list) list.push(ldp);
      else byRef.set(ref.toUpperCase(), [ldp]);
    }
    for (const list of byRef.values()) {
      if (list.length < 2) continue;
      const [first, second, ...rest] = list;
      ctx.report(second!, 'LearnRefNumber', { related: [first!, ...rest].map((record) => ({ record, field: 'LearnRefNumber' })) });
    }
  },
};
