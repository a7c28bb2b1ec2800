import { learners, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { officialMeta } from '../catalogue/official-meta';
import { messageDerived } from '../derived/define';
import type { MessageRule } from '../types';
import { othersOf } from '../related';

/** The temporary ULN, which many learners may share. */
const TEMPORARY_ULN = '9999999999';

/** The message's learners by ULN (the temporary ULN and learners without one left out), indexed once per run. */
export const LEARNERS_BY_ULN = messageDerived('learners by ULN', (msg): Map<string, IlrRecord[]> => {
  const out = new Map<string, IlrRecord[]>();
  for (const l of learners(msg)) {
    const uln = text(l, 'ULN')?.trim();
    if (uln === undefined || uln === TEMPORARY_ULN) continue;
    const list = out.get(uln);
    if (list) list.push(l);
    else out.set(uln, [l]);
  }
  return out;
});

/**
 * R_59 (error): two Learner records of the file must not have the same ULN, except the temporary ULN 9999999999 (the
 * issue's "the same ULN on two learners"). Every learner of a repeated ULN is reported at its ULN, the other learners'
 * ULNs as `related`. One index of the message (LEARNERS_BY_ULN), walked once. As ESFA's 2020-21 service: ULNs compared
 * as written (trimmed).
 */
export const R_59: MessageRule = {
  ...officialMeta('R_59', { entity: 'Learner', fields: ['ULN'], group: 'duplicates' }),
  scope: 'message',
  check(_msg, ctx) {
    for (const list of ctx.get(LEARNERS_BY_ULN).values()) {
      if (list.length < 2) continue;
      for (const l of list) {
        const { others, total } = othersOf(list, l);
        ctx.report(l, 'ULN', { learner: l, related: others.map((record) => ({ record, field: 'ULN', learner: record })), relatedTotal: total });
      }
    }
  },
};
