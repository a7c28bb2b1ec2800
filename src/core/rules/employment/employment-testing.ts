import type { RecordSpec } from '../../model/build';
import { BASE_AIM } from '../delivery/delivery-testing';
import { findingsOf, learnerWith } from '../testing';
import type { Finding, RuleDefinition } from '../types';

/** Test builders of the employment status rules. */

export type Esm = [type: string, code: number];

/** A LearnerEmploymentStatus record (extra fields, e.g. EmpId, over EmpStat and DateEmpStatApp). */
export function status(empStat: number | undefined, dateEmpStatApp: string, esm: Esm[] = [], extra: RecordSpec = {}): RecordSpec {
  return { EmpStat: empStat, DateEmpStatApp: dateEmpStatApp, ...extra, EmploymentStatusMonitoring: esm.map(([t, c]) => ({ ESMType: t, ESMCode: c })) };
}

/** A learning aim: the plain 2025-26 aim with `fields` over it (null removes a field) and its FAMs. */
export function aim(fields: RecordSpec = {}, fams: [string, string][] = []): RecordSpec {
  const a: RecordSpec = { ...BASE_AIM };
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete a[k];
    else a[k] = v;
  }
  a.LearningDeliveryFAM = fams.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c }));
  return a;
}

/** An apprenticeship standard programme aim (AimType 1, ProgType 25, FundModel 36). */
export function apprenticeship(fields: RecordSpec = {}, fams: [string, string][] = []): RecordSpec {
  return aim({ AimType: 1, ProgType: 25, StdCode: 100, FundModel: 36, ...fields }, fams);
}

/** Runs a rule in a year on one learner (born 1990-01-01 unless `learner` says otherwise) with statuses and aims. */
export function run(rule: RuleDefinition, year: string, statuses: RecordSpec[], aims: RecordSpec[] = [], learner: RecordSpec = {}): Finding[] {
  return findingsOf(rule, year, learnerWith({ DateOfBirth: '1990-01-01', ...learner, LearnerEmploymentStatus: statuses }, aims), {
    asOf: year === '2021' ? '2021-07-31' : '2026-07-31',
  });
}
