import type { IlrRecord } from '../../../model/record';
import { financialRecords } from '../../derived/financial';
import type { LearnerRule } from '../../types';
import { childCheck, date } from './financial-shared';

/**
 * AFinDate_05/06: a total price (TNP1 training, TNP2 assessment) dated after a residual price of the same kind (TNP3,
 * TNP4). The 2025-26 text compares each total with each residual ("AFinDate of TNP1 > AFinDate of TNP3"): a total
 * dated after the first residual fires. ESFA's 2020-21 service compares with the latest residual only (the 2020-21
 * variant). Each total so dated is reported, with the residual it follows.
 */
export function totalAfterResidual(total: number, residual: number, against: 'earliest' | 'latest'): LearnerRule['check'] {
  return childCheck(
    (aim, learner, ctx) => (financialRecords(learner, aim, ctx, 'TNP', residual).length ? financialRecords(learner, aim, ctx, 'TNP', total) : []),
    (rec, aim, learner, ctx) => {
      let pick: IlrRecord | undefined;
      let on: string | undefined;
      for (const r of financialRecords(learner, aim, ctx, 'TNP', residual)) {
        const d = date(r, 'AFinDate');
        if (d === undefined) continue;
        if (on === undefined || (against === 'earliest' ? d < on : d > on)) [pick, on] = [r, d];
      }
      const d = date(rec, 'AFinDate');
      return d !== undefined && on !== undefined && d > on ? { field: 'AFinDate', related: [{ record: pick!, field: 'AFinDate', aim }] } : undefined;
    },
  );
}

/** AFinDate_07/08: a total price and a residual price of the same kind (TNP1/TNP3, TNP2/TNP4) on the same date. */
export function totalOnResidualDate(total: number, residual: number): LearnerRule['check'] {
  return childCheck(
    (aim, learner, ctx) => (financialRecords(learner, aim, ctx, 'TNP', residual).length ? financialRecords(learner, aim, ctx, 'TNP', total) : []),
    (rec, aim, learner, ctx) => {
      const d = date(rec, 'AFinDate');
      if (d === undefined) return undefined;
      const same = financialRecords(learner, aim, ctx, 'TNP', residual).filter((r) => date(r, 'AFinDate') === d);
      return same.length ? { field: 'AFinDate', related: same.map((record) => ({ record, field: 'AFinDate', aim })) } : undefined;
    },
  );
}
