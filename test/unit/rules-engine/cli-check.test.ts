import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageFrom } from '../../../src/core/model/build';
import { writeXmlString } from '../../../src/core/xml/write-xml';
import { fdRulesFor } from '../../../src/core/rules/field-definition/fd-rules';
import { allIdsOf } from '../../../src/core/rules/resolve';
import { learnerCodeRules, learnerRules } from '../../../src/core/rules/learner';
import { ruleCatalogue } from '../../../src/core/rules/catalogue/catalogue';
import { years } from '../../../src/core/years/registry';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

/** The rules of this part (FD, ULN, duplicates): other groups' rules are tested by their owners. */
const MINE = new Set([...fdRulesFor(years.get('2526')).map((r) => r.id), ...[...learnerRules, ...learnerCodeRules].flatMap(allIdsOf)]);
const NOT_RUN_2526 = ruleCatalogue(years.get('2526')).rules.filter((r) => r.state === 'needs-reference-data').length;

interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning' | 'advice';
  learnRefNumber?: string;
  aimSeqNumber?: string;
}

function countOf(findings: JsonFinding[]) {
  const c = { error: 0, warning: 0, advice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
import { ESFA_SAMPLE_2526, SYNTHETIC_2021 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const dir = mkdtempSync(join(tmpdir(), 'ilr-check-'));

/** A 2025-26 file with planted problems (synthetic learners). */
function brokenFile(): string {
  const learner = (ref: string, uln: string, start: string) => ({
    LearnRefNumber: ref,
    ULN: uln,
    FamilyName: 'Learner',
    GivenNames: 'Test',
    Ethnicity: 31,
    Sex: 'F',
    LLDDHealthProb: 2,
    PostcodePrior: 'ZZ99 9ZZ',
    Postcode: 'ZZ99 9ZZ',
    LearningDelivery: [
      { LearnAimRef: 'ZPROG001', AimType: 1, AimSeqNumber: 1, LearnStartDate: start, LearnPlanEndDate: '2026-06-30', FundModel: 35, DelLocPostCode: 'ZZ99 9ZZ', CompStatus: 1 },
    ],
  });
  const msg = messageFrom('2526', {
    filePreparationDate: '2026-02-01',
    Learner: [learner('L1', '1061484935', '2025-09-01'), learner('L1', '1061484938', '31/09/2025'), learner('L3', '9999999999', '2025-09-01')],
  });
  const file = join(dir, 'ILR-10000001-2526-20260201-090000-01.xml');
  writeFileSync(file, writeXmlString(msg));
  return file;
}

describe('ilr check', () => {
  it('checks the ESFA sample: JSON in the agreed shape, as of the file preparation date, exit 1 for its real errors', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['year', 'input', 'asOf', 'findings', 'counts', 'rules', 'notRun', 'notImplemented', 'incompleteCodeLists']);
    // the code lists the product knows only in part are said, with how many codes are known
    expect(j.incompleteCodeLists).toContainEqual({ list: 'LearnDelFAMType:LDM', knownCodes: expect.any(Number) });
    expect(j.incompleteCodeLists).toContainEqual({ list: 'LearnFAMType:EMH', knownCodes: 0 });
    expect(j.incompleteCodeLists.map((l: { list: string }) => l.list)).not.toContain('LearnDelFAMType:ACT');
    expect(j.year).toBe('2526');
    expect(j.input).toBe(ESFA_SAMPLE_2526);
    expect(j.asOf).toBe('2025-01-08');
    expect(j.counts).toEqual(countOf(j.findings));
    const mine = (j.findings as JsonFinding[]).filter((f) => MINE.has(f.rule));
    expect(countOf(mine)).toEqual({ error: 3, warning: 8, advice: 0 });
    expect(j.findings.find((f: JsonFinding) => f.rule === 'R_07')).toEqual({
      rule: 'R_07',
      severity: 'error',
      message: 'There must not be more than one Learning Delivery record with the same Learner reference number and Aim sequence number combination',
      learnRefNumber: 'ASLearner',
      aimSeqNumber: '1',
      entity: 'LearningDelivery',
      field: 'AimSeqNumber',
      value: '1',
      location: { line: 316 },
      related: [{ entity: 'LearningDelivery', field: 'AimSeqNumber', learnRefNumber: 'ASLearner', aimSeqNumber: '1', location: { line: 347 } }],
    });
    for (const f of j.findings) {
      for (const k of Object.keys(f)) expect(['rule', 'severity', 'message', 'learnRefNumber', 'aimSeqNumber', 'entity', 'field', 'value', 'location', 'related']).toContain(k);
    }
    // findings on an aim's records name the aim (the FAM dates of LearnDelFAMDateFrom_06 are on SBLearnerEV's aim 1)
    for (const f of (j.findings as JsonFinding[]).filter((x) => x.rule === 'LearnDelFAMDateFrom_06')) {
      expect(f).toMatchObject({ learnRefNumber: 'SBLearnerEV', entity: 'LearningDeliveryFAM', aimSeqNumber: expect.stringMatching(/^\d+$/) });
    }
    expect(j.notRun).toContainEqual({ rule: 'ULN_05', needs: 'uln' });
    expect(j.notRun.length).toBe(NOT_RUN_2526);
    // what was run, and what was not: never counted as passed
    const { official, ran, needsReferenceData, notImplemented, switchedOff } = j.rules;
    expect(j.rules.listYear).toBe('2526');
    expect(official).toBe(839); // 840 rows, FD_FINAMOUNT_MA listed twice
    expect(needsReferenceData).toBe(NOT_RUN_2526);
    expect(notImplemented).toBe(j.notImplemented.length);
    expect(j.notImplemented.length).toBeGreaterThan(0);
    expect(j.notImplemented[0]).toEqual({ rule: expect.any(String), category: expect.any(String) });
    expect(ran + needsReferenceData + notImplemented + switchedOff).toBe(official);
    expect(switchedOff).toBe(0);
  });

  it('switches rules off with --disable (IDs and groups, comma-separated or repeated)', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--format', 'json', '--disable', 'R_07,ULN', '--disable', 'FD']);
    const j = JSON.parse(r.out);
    const left = (j.findings as JsonFinding[]).filter((f) => f.rule === 'R_07' || f.rule.startsWith('ULN_') || f.rule.startsWith('FD_'));
    expect(left).toEqual([]);
    expect(r.code).toBe(j.counts.error > 0 ? 1 : 0);
  });

  it('prints text grouped by rule, with locations and learners, errors before warnings, then what was not run', async () => {
    const r = await runCli(['check', ESFA_SAMPLE_2526, '--as-of', '2025-03-01']);
    expect(r.code).toBe(1);
    // text output is for people: dates as dd/mm/yyyy (JSON keeps ISO)
    expect(r.out).toContain('as of 01/03/2025');
    expect(r.out).not.toMatch(/\b20\d\d-\d\d-\d\d\b(?!T)/);
    expect(r.out).toMatch(/\d+ errors, \d+ warnings, \d+ advice/);
    expect(r.out).toMatch(/R_07 — 2 findings: There must not be more than one Learning Delivery/);
    expect(r.out).toContain('line 1362 learner ASFLearner');
    expect(r.out.indexOf('ERRORS')).toBeLessThan(r.out.indexOf('WARNINGS'));
    expect(r.out).toContain(`NOT RUN: ${NOT_RUN_2526} official rules need reference data`);
    expect(r.out).toMatch(/LARS \(learning aims reference data\): 131/);
    expect(r.out).toMatch(/CODE LISTS KNOWN TO BE INCOMPLETE: \d+ \(.*a code missing from them is reported only when it cannot be valid/);
    expect(r.out).toMatch(/LearnDelFAMType:SOF \(\d+ codes known\)/);
    expect(r.out).toContain('NOT IMPLEMENTED YET: 1 official rule needs nothing beyond the file but ILR Workbench does not check it yet:\n  Field Definition: 1 (FD_UCASPERID_AR)');
  });

  it('finds the planted problems in a broken synthetic file, at their lines', async () => {
    const file = brokenFile();
    const r = await runCli(['check', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.asOf).toBe('2026-02-01');
    const got = j.findings.map((f: { rule: string; learnRefNumber?: string }) => `${f.rule} ${f.learnRefNumber}`);
    expect(got).toEqual(
      expect.arrayContaining(['R_06 L1', 'ULN_04 L1', 'FD_LearnStartDate_DT L1', 'ULN_07 L3']),
    );
    const dt = j.findings.find((f: { rule: string }) => f.rule === 'FD_LearnStartDate_DT');
    expect(dt).toMatchObject({ entity: 'LearningDelivery', field: 'LearnStartDate', value: '31/09/2025' });
    expect(dt.location.line).toBeGreaterThan(1);
  });

  it('checks a 2020-21 file with that year\'s rules: exit 0 when clean', async () => {
    const r = await runCli(['check', SYNTHETIC_2021, '--format', 'json']);
    const j = JSON.parse(r.out);
    expect(j.year).toBe('2021');
    expect(j.counts.error).toBe(0);
    expect(r.code).toBe(0);
    expect(j.rules).toMatchObject({ listYear: '2021', official: 552 });
    const t = await runCli(['check', SYNTHETIC_2021]);
    expect(t.out).toMatch(/RULES: Of the 552 official 2020-21 rules, \d+ were run; \d+ need reference data ILR Workbench does not have, \d+ are not implemented yet: those \d+ were not run, and are not passed\./);
    expect(t.out).toMatch(/NOT IMPLEMENTED YET: \d+ official rules/);
    // the 2020-21 lists are the ESFA Lookups, whole
    expect(j.incompleteCodeLists).toEqual([]);
    expect(t.out).not.toMatch(/CODE LISTS KNOWN TO BE INCOMPLETE/);
  });

  it.each([
    [['check'], /give one input file/],
    [['check', ESFA_SAMPLE_2526, '--as-of', '2025-02-30'], /--as-of must be a date/],
    [['check', ESFA_SAMPLE_2526, '--as-of', '01/02/2025'], /--as-of must be a date/],
    [['check', ESFA_SAMPLE_2526, '--format', 'xml'], /--format must be text or json/],
    [['check', join(dir, 'missing.xml')], /cannot read/],
    [['check', join(dir, 'notes.txt')], /unsupported file type/],
    [['check', ESFA_SAMPLE_2526, '--colour'], /Unknown option/],
    [['check', ESFA_SAMPLE_2526, '--year', '2020-21'], /is a 2025-26 file .* but --year says 2020-21/],
  ])('exits 2 for bad usage or unreadable input: %p', async (args, says) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(says);
  });
});

describe('ilr rules', () => {
  it('prints the 2025-26 catalogue as JSON in the agreed shape; the counts add up to the 840 official rules', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['year', 'listYear', 'rules', 'counts', 'supplementary']);
    expect(j.year).toBe('2526');
    expect(j.rules).toHaveLength(840);
    expect(Object.keys(j.rules[0])).toEqual(['rule', 'category', 'severity', 'needs', 'state']);
    const { implemented, 'needs-reference-data': needs, 'not-implemented': not } = j.counts;
    expect(implemented + needs + not).toBe(840);
    expect(j.rules.find((x: { rule: string }) => x.rule === 'ULN_04')).toEqual({ rule: 'ULN_04', category: 'Learner', severity: 'Error', needs: 'self', state: 'implemented' });
  });

  it("for 2020-21 lists the 552 rules of ESFA's 2020-21 service under their 2020-21 IDs", async () => {
    const j = JSON.parse((await runCli(['rules', '--year', '2020-21', '--format', 'json'])).out);
    expect(j.year).toBe('2021');
    expect(j.listYear).toBe('2021');
    expect(j.rules).toHaveLength(552);
    const ids = j.rules.map((r: { rule: string }) => r.rule);
    expect(ids).toEqual(expect.arrayContaining(['R06', 'R107', 'AchDate_10']));
    expect(ids).not.toContain('R_06');
    const t = await runCli(['rules', '--year', '2021']);
    expect(t.out).toMatch(/ESFA's 2020-21 validation service/);
    expect(t.out).toMatch(/552 rules: \d+ implemented, \d+ need reference data, \d+ not implemented/);
  });

  it('prints text with the counts and the supplementary checks', async () => {
    const r = await runCli(['rules']);
    expect(r.out).toMatch(new RegExp(`840 rules: \\d+ implemented, ${NOT_RUN_2526} need reference data, \\d+ not implemented`));
    expect(r.out).toMatch(/Open Government Licence/);
    expect(r.out).toMatch(/FD_LearnStartDate_DT/);
  });

  it('refuses an unknown year', async () => {
    const r = await runCli(['rules', '--year', '1999']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown ILR year/);
  });
});
