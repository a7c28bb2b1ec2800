import { readFileSync } from 'node:fs';
import { messageFrom } from '../model/build';
import { readIlrXml } from '../xml/read-xml';
import { years } from '../years/registry';
import { findRule, ruleCatalogue, runChecks } from './check';
import { ESFA_SAMPLE_2526 } from '../../../test/helpers/xmllint';
import { fdRulesFor } from './field-definition/fd-rules';
import { learnerCodeRules, learnerRules } from './learner';
import { allIdsOf } from './resolve';

/** The rules of this part (FD, ULN, duplicates) under the IDs of every year; other groups' rules are tested by their owners. */
const MINE = new Set([
  ...[...fdRulesFor(years.get('2526')), ...fdRulesFor(years.get('2021'))].map((r) => r.id),
  ...[...learnerRules, ...learnerCodeRules].flatMap(allIdsOf),
]);

const broken = () =>
  messageFrom('2526', {
    filePreparationDate: '2026-02-01',
    Learner: [
      { LearnRefNumber: 'L1', ULN: '1061484935', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ', LearningDelivery: [] },
      { LearnRefNumber: 'L1', ULN: '9999999999', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ', LearningDelivery: [] },
    ],
  });

describe('runChecks', () => {
  it('runs the rules of the year, sorted errors first, with counts', () => {
    const r = runChecks(broken(), { asOf: '2026-02-01' });
    expect(r.year).toBe('2526');
    expect(r.asOf).toBe('2026-02-01');
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['R_06', 'ULN_04', 'FD_LearningDelivery_EO']));
    expect(r.counts.error).toBe(r.findings.filter((f) => f.severity === 'error').length);
    const order = r.findings.map((f) => f.severity);
    expect([...order].sort((a, b) => ['error', 'warning', 'advice'].indexOf(a) - ['error', 'warning', 'advice'].indexOf(b))).toEqual(order);
  });

  it('switches rules off by ID and by group', () => {
    const byId = runChecks(broken(), { asOf: '2026-02-01', disabled: ['R_06'] });
    expect(byId.findings.some((f) => f.rule === 'R_06')).toBe(false);
    expect(byId.findings.some((f) => f.rule === 'ULN_04')).toBe(true);
    const byGroup = runChecks(broken(), { asOf: '2026-02-01', disabled: ['FD', 'ULN'] });
    expect(byGroup.findings.filter((f) => MINE.has(f.rule)).map((f) => f.rule)).toEqual(['R_06', 'R_06']);
  });

  it('lists the official rules that need reference data, and those not implemented yet, as not run', () => {
    const r = runChecks(broken(), { asOf: '2026-02-01' });
    expect(r.notImplemented.length).toBeGreaterThan(0);
    expect(r.notImplemented.every((n) => !r.notRun.some((x) => x.rule === n.rule))).toBe(true);
    expect(r.ran + r.notRun.length + r.notImplemented.length).toBe(new Set(ruleCatalogue(years.get('2526')).rules.map((e) => e.rule)).size);
    expect(r.notRun).toContainEqual({ rule: 'ULN_05', needs: 'uln' });
    expect(r.notRun).toContainEqual({ rule: 'PrevUKPRN_01', needs: 'org' });
    expect(r.notRun.some((n) => n.needs === 'lars')).toBe(true);
    expect(r.notRun.some((n) => n.needs === 'self')).toBe(false);
    expect(new Set(r.notRun.map((n) => n.rule)).size).toBe(r.notRun.length);
  });

  it('on the ESFA 2025-26 sample: no field-definition error; the only errors are real ones in the anonymised data', () => {
    const msg = readIlrXml(readFileSync(ESFA_SAMPLE_2526, 'utf8'), years);
    const r = runChecks(msg, { asOf: '2025-01-08' });
    const errors = r.findings.filter((f) => f.severity === 'error' && MINE.has(f.rule)).map((f) => `${f.rule} ${f.learnRefNumber}`);
    expect(r.findings.filter((f) => f.rule.startsWith('FD_'))).toEqual([]);
    // ASLearner has two aims numbered 1; ASFLearner's anonymised ULN 1061484935 fails the checksum (check digit 8)
    expect(errors.sort()).toEqual(['R_07 ASLearner', 'R_07 ASLearner', 'ULN_04 ASFLearner']);
  });

  it('checks a 2020-21 message with that year\'s rules', () => {
    const msg = messageFrom('2021', {
      Learner: [{ LearnRefNumber: 'L1', ULN: '1061484938', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ', PriorAttain: 123, LearningDelivery: [] }],
    });
    const r = runChecks(msg, { asOf: '2020-10-01' });
    expect(r.findings.filter((f) => MINE.has(f.rule)).map((f) => f.rule).sort()).toEqual(['FD_LearningDelivery_EO', 'FD_PriorAttain_AL', 'PriorAttain_03']);
    // 2020-21's own list: the rules of ESFA's 2020-21 service
    expect(r.notRun).toContainEqual({ rule: 'OutULN_02', needs: 'uln' });
    expect(r.notRun).toContainEqual({ rule: 'ULN_05', needs: 'uln' });
    expect(r.notRun.length + r.notImplemented.length + r.ran).toBe(552);
  });

  it('reports a 2020-21 file under 2020-21 IDs: a duplicate learner is R06, not R_06', () => {
    const dup = { ULN: '1061484938', Ethnicity: 31, Sex: 'F', LLDDHealthProb: 2, PostcodePrior: 'ZZ99 9ZZ', Postcode: 'ZZ99 9ZZ', LearningDelivery: [] };
    const msg = messageFrom('2021', { Learner: [{ LearnRefNumber: 'L1', ...dup }, { LearnRefNumber: 'L1', ...dup }] });
    const ids = runChecks(msg, { asOf: '2020-10-01' }).findings.map((f) => f.rule);
    expect(ids).toContain('R06');
    expect(ids).not.toContain('R_06');
  });
});

describe('findRule', () => {
  it('finds an implemented rule with its official message and description', () => {
    const r = findRule('uln_04')!;
    expect(r).toMatchObject({ id: 'ULN_04', implemented: true, official: true, severity: 'error' });
    expect(r.message).toBe('The Unique learner number does not pass the checksum calculation');
    expect(r.description).toMatch(/DD01/);
  });

  it('finds an official rule that is not implemented', () => {
    expect(findRule('ULN_05')).toMatchObject({ id: 'ULN_05', implemented: false, official: true, needs: 'uln' });
  });

  it("finds a rule by another year's ID, as it is in the year asked about", () => {
    expect(findRule('R06')).toMatchObject({ id: 'R_06', otherIds: ['R06'], implemented: true, year: '2526' });
    expect(findRule('R_06', years.get('2021'))).toMatchObject({ id: 'R06', otherIds: ['R_06'], implemented: true, year: '2021' });
    expect(findRule('R107', years.get('2021'))).toMatchObject({ id: 'R107', implemented: true, severity: 'error' });
    // R107 asks for a record in the return: it does not run for 2025-26, whose ILR has no DP entity
    expect(findRule('R107')).toMatchObject({ id: 'R107', implemented: false, year: '2021' });
    expect(findRule('R107')!.note).toMatch(/not a rule of 2025-26/);
  });

  it('finds our own FD checks, and nothing for an unknown ID', () => {
    expect(findRule('FD_LearnStartDate_DT')).toMatchObject({ implemented: true, official: false });
    expect(findRule('NOPE_99')).toBeUndefined();
  });
});
