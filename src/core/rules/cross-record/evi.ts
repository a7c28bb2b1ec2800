import { deliveries } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { aimFams, bootcampStarts, conRef, type Held, progType } from './cross-shared';

/** The Event Indicator (EVI) records on a learner's Skills Bootcamp aims, each with the first start of its bootcamp. */
export function eventIndicators(learner: IlrRecord): { fam: Held; first: { start: string; aim: IlrRecord } }[] {
  const out: { fam: Held; first: { start: string; aim: IlrRecord } }[] = [];
  let starts: ReturnType<typeof bootcampStarts> | undefined;
  for (const aim of deliveries(learner)) {
    if (progType(aim) !== 32) continue;
    const evi = aimFams(aim, 'EVI');
    if (evi.length === 0) continue;
    starts ??= bootcampStarts(learner);
    const first = starts.get(conRef(aim));
    if (first) for (const record of evi) out.push({ fam: { record, aim }, first });
  }
  return out;
}
