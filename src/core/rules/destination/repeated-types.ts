import { date, dpOutcomes } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';
import { outType } from './dp-shared';

/**
 * OutType_02 / OutType_03: groups a destination record's outcomes by Outcome start date and reports, once per date,
 * the first outcome whose type (among those `counted`) occurs more than `allowed` times on that date.
 */
export function checkRepeatedTypes(
  ldp: IlrRecord,
  ctx: RuleContext,
  message: string,
  counted: (type: string) => boolean,
  allowed: number,
): void {
  const byDate = new Map<string, Map<string, number>>();
  const reported = new Set<string>();
  for (const o of dpOutcomes(ldp)) {
    const start = date(o, 'OutStartDate');
    const type = outType(o);
    if (start === undefined || type === undefined || !counted(type)) continue;
    let counts = byDate.get(start);
    if (!counts) byDate.set(start, (counts = new Map()));
    const n = (counts.get(type) ?? 0) + 1;
    counts.set(type, n);
    if (n === allowed + 1 && !reported.has(start)) {
      reported.add(start);
      ctx.report(o, 'OutType', { message: `${message}: ${type} on ${start}` });
    }
  }
}
