import type { RecordSpec } from '../../../model/build';
import { findingsOf } from '../../testing';
import type { Finding, RuleDefinition } from '../../types';

/** Test helpers of the learner identity rules. */

export type Fams = [string, string | number][];

/** An aim: a plain continuing 2025-26 classroom aim with `fields` over it (null removes a field) and its FAMs. */
export function aim(fields: RecordSpec = {}, fams: Fams = [], yearCode = '2526'): RecordSpec {
  const y = yearCode === '2021' ? 2020 : 2025;
  const a: RecordSpec = {
    LearnAimRef: '60146394', AimType: 4, AimSeqNumber: 1, LearnStartDate: `${y}-09-01`, LearnPlanEndDate: `${y + 1}-06-30`, FundModel: 35, CompStatus: 1,
  };
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete a[k];
    else a[k] = v;
  }
  if (fams.length) a['LearningDeliveryFAM'] = fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c }));
  return a;
}

/** Runs one rule, as it is in the year, on one learner (`fields`, its LearnerFAMs and aims). */
export function learnerFindings(rule: RuleDefinition, fields: RecordSpec, aims: RecordSpec[], opts: { year?: string; fams?: Fams } = {}): Finding[] {
  const learner: RecordSpec = { LearnRefNumber: 'L0001', ULN: '1061484016', ...fields, LearningDelivery: aims };
  for (const [k, v] of Object.entries(fields)) if (v === null) delete learner[k];
  if (opts.fams?.length) learner['LearnerFAM'] = opts.fams.map(([t, c]) => ({ LearnFAMType: t, LearnFAMCode: c }));
  const year = opts.year ?? '2526';
  const prepared = year === '2021' ? '2021-07-31' : '2026-07-31';
  return findingsOf(rule, year, { filePreparationDate: prepared, Learner: [learner] }, { asOf: prepared });
}

/** A date of birth that makes the learner `age` on `on` exactly (their birthday), or a day more (`+1`) or less (`-1`) than that date. */
export function bornYearsBefore(on: string, age: number, shiftDays = 0): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y - age, m - 1, d + shiftDays));
  return t.toISOString().slice(0, 10);
}
