import type { RecordSpec } from '../../model/build';
import { findingsOf } from '../testing';
import type { Finding, RuleDefinition } from '../types';

/** A plain, complete LearningDeliveryHE record; each test case overrides what it is about (null removes a field). */
export const BASE_HE: RecordSpec = {
  SSN: 'WADM46891352A', QUALENT3: 'X06', SEC: 1, UCASSCHEMECODE: 'AB12', TYPEYR: 1, MODESTUD: 1, FUNDLEV: 10, FUNDCOMP: 1,
  STULOAD: 100, YEARSTU: 1, MSTUFEE: 1, SPECFEE: 0, NETFEE: 9000, GROSSFEE: 9250, PERMADDCOUNTRY: 'XF', ELQ: 3,
};

/** The same for 2020-21 (its elements: DOMICILE, UCASAPPID, SOC2000 where 2025-26 has PERMADDCOUNTRY, UCASSCHEMECODE, SOC). */
export const BASE_HE_2021: RecordSpec = {
  SSN: 'WADM46891352A', QUALENT3: 'X06', SEC: 1, UCASAPPID: 'AB12', TYPEYR: 1, MODESTUD: 1, FUNDLEV: 10, FUNDCOMP: 1,
  STULOAD: 100, YEARSTU: 1, MSTUFEE: 1, SPECFEE: 0, NETFEE: 9000, GROSSFEE: 9250, DOMICILE: 'XF', ELQ: 3,
};

/** A plain OfS-funded aim of the year (FundModel 99, SOF 1). */
export function baseAim(yearCode: string): RecordSpec {
  const start = yearCode === '2021' ? '2020-09-01' : '2025-09-01';
  const end = yearCode === '2021' ? '2021-06-30' : '2026-06-30';
  return { LearnAimRef: 'Z0001234', AimType: 4, AimSeqNumber: 1, LearnStartDate: start, LearnPlanEndDate: end, FundModel: 99, CompStatus: 1 };
}

function over(base: RecordSpec, fields: RecordSpec): RecordSpec {
  const out: RecordSpec = { ...base };
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

export interface HeCase {
  /** Fields over the plain HE record (null removes one); null: no LearningDeliveryHE record. */
  he?: RecordSpec | null;
  /** Fields over the plain aim (null removes one). */
  aim?: RecordSpec;
  /** The aim's FAMs; default SOF 1. */
  fams?: [string, string | number][];
  /** The learner's fields and records (LearnerHE …). */
  learner?: RecordSpec;
  /** Further aims. */
  more?: RecordSpec[];
}

/** The aim of a case, with its HE record and FAMs. */
export function heAimOf(yearCode: string, c: HeCase): RecordSpec {
  const he = c.he === null ? undefined : over(yearCode === '2021' ? BASE_HE_2021 : BASE_HE, c.he ?? {});
  const fams = (c.fams ?? [['SOF', 1]]).map(([t, v]) => ({ LearnDelFAMType: t, LearnDelFAMCode: v }));
  return { ...over(baseAim(yearCode), c.aim ?? {}), LearningDeliveryFAM: fams, ...(he ? { LearningDeliveryHE: [he] } : {}) };
}

/** Runs one HE rule, as it is in the year, on one learner with the case's aim (and any further aims). */
export function heFindings(rule: RuleDefinition, yearCode: string, c: HeCase = {}): Finding[] {
  const prepared = yearCode === '2021' ? '2021-07-31' : '2026-07-31';
  return findingsOf(
    rule,
    yearCode,
    {
      filePreparationDate: prepared,
      Learner: [{ LearnRefNumber: 'L0001', ULN: '1061484016', ...(c.learner ?? {}), LearningDelivery: [heAimOf(yearCode, c), ...(c.more ?? [])] }],
    },
    { asOf: prepared },
  );
}
