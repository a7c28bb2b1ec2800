import type { RecordSpec } from '../../../model/build';
import type { Finding, RuleDefinition } from '../../types';
import { esfaFindings, yearFindings } from '../delivery-testing';

/** FAM records as [type, code] pairs. */
export type Pairs = readonly (readonly [string, string])[];

/** FAM records from [type, code] pairs. */
export function fams(pairs: Pairs): RecordSpec[] {
  return pairs.map(([t, c]) => ({ LearnDelFAMType: t, LearnDelFAMCode: c }));
}

/** Runs a FAM rule on one aim of the year's plain aim (`fields` over it) with the FAMs given as [type, code] pairs. */
export function famFindings(rule: RuleDefinition, fields: RecordSpec, pairs: Pairs = [], yearCode = '2526'): Finding[] {
  return yearFindings(rule, yearCode, { ...fields, LearningDeliveryFAM: fams(pairs) });
}

/** Runs a FAM rule, as it is in 2020-21, on one aim of a case from ESFA's 2020-21 unit tests, with its FAMs. */
export function esfaFamFindings(rule: RuleDefinition, fields: RecordSpec, pairs: Pairs = []): Finding[] {
  return esfaFindings(rule, { ...fields, LearningDeliveryFAM: fams(pairs) });
}

/** A case of a FAM rule's test table: name, the aim's fields, its FAMs, how many findings, and the field they are at. */
export type FamCase = [name: string, fields: RecordSpec, pairs: Pairs, findings: number, field?: string];

/** The test table of a FAM rule in a year (over the year's plain aim). */
export function famTable(rule: RuleDefinition, cases: FamCase[], yearCode = '2526'): void {
  it.each(cases)('%s', (...row) => {
    // (a rest parameter: jest passes `done` to a callback declaring more parameters than a row has)
    const [, fields, pairs, n, field] = row as FamCase;
    const found = famFindings(rule, fields, pairs, yearCode);
    expect(found).toHaveLength(n);
    if (field) for (const f of found) expect(f.field).toBe(field);
  });
}

/** The 2020-21 test table of a FAM rule: cases of ESFA's 2020-21 unit tests (over ESFA_AIM). */
export function esfaTable(rule: RuleDefinition, cases: FamCase[]): void {
  it.each(cases)('%s', (...row) => {
    // (a rest parameter: jest passes `done` to a callback declaring more parameters than a row has)
    const [, fields, pairs, n, field] = row as FamCase;
    const found = esfaFamFindings(rule, fields, pairs);
    expect(found).toHaveLength(n);
    if (field) for (const f of found) expect(f.field).toBe(field);
  });
}
