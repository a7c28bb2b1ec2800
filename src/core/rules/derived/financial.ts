import { deliveries, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { RuleContext } from '../types';
import { learnerDerived } from './define';

/**
 * An aim's apprenticeship financial records (AppFinRecord) by type and code, indexed once per learner for the
 * AFinDate, AFinType and EPAOrgID rules: `financialRecords(learner, aim, ctx, 'TNP', 1, 3)` gives the aim's TNP1 and
 * TNP3 records, in file order; without codes, every record of the type. Types are compared trimmed and upper-case
 * (ESFA's 2020-21 service compares them case-insensitively); a code that is not a whole number belongs to no code.
 */
export type FinancialType = 'TNP' | 'PMR';

type ByKey = Map<string, IlrRecord[]>;

const NONE: readonly IlrRecord[] = Object.freeze([]);

function keyOf(type: string, code?: number): string {
  return code === undefined ? type : `${type}${code}`;
}

export const AIM_FINANCIAL_RECORDS = learnerDerived('financial records by aim, type and code', (learner): Map<IlrRecord, ByKey> => {
  const byAim = new Map<IlrRecord, ByKey>();
  for (const aim of deliveries(learner)) {
    const records = kids(aim, 'AppFinRecord');
    if (records.length === 0) continue;
    const index: ByKey = new Map();
    const add = (key: string, r: IlrRecord) => {
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    };
    for (const r of records) {
      const type = text(r, 'AFinType')?.trim().toUpperCase();
      if (type === undefined) continue;
      add(keyOf(type), r);
      const code = int(r, 'AFinCode');
      if (code !== undefined) add(keyOf(type, code), r);
    }
    byAim.set(aim, index);
  }
  return byAim;
});

/** The aim's financial records of the type (and, when given, of any of the codes), in file order. */
export function financialRecords(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext, type: FinancialType, ...codes: number[]): readonly IlrRecord[] {
  const index = ctx.get(AIM_FINANCIAL_RECORDS, learner).get(aim);
  if (!index) return NONE;
  if (codes.length === 0) return index.get(type) ?? NONE;
  if (codes.length === 1) return index.get(keyOf(type, codes[0])) ?? NONE;
  const out: IlrRecord[] = [];
  for (const r of index.get(type) ?? NONE) {
    const code = int(r, 'AFinCode');
    if (code !== undefined && codes.includes(code)) out.push(r);
  }
  return out;
}

/** Whether the aim has a financial record of the type (and, when given, of any of the codes). */
export function hasFinancialRecord(learner: IlrRecord, aim: IlrRecord, ctx: RuleContext, type: FinancialType, ...codes: number[]): boolean {
  return financialRecords(learner, aim, ctx, type, ...codes).length > 0;
}
