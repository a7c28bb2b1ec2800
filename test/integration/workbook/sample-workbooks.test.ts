import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { ASSETS, xmllintValidate, xsdFor } from '../../helpers/xmllint';
import { loadInput } from '../../../src/cli/load-input';
import { runChecks, findRule } from '../../../src/core/rules/check';
import { formatLocation, type IlrRecord } from '../../../src/core/model/record';
import { ulnPassesChecksum } from '../../../src/core/rules/derived/uln-check-digit';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const SAMPLE = join(ASSETS, 'sample');
interface Expected { rule: string; sheet: string; cell: string; learnRefNumber: string; field: string }
const expected: Expected[] = JSON.parse(readFileSync(join(SAMPLE, 'expected-findings.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-sample-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled sample workbooks', () => {
  it.each([
    ['ILR-Sample-2526.xlsx', '2025-26', 13],
    ['ILR-Sample-2021.xlsx', '2020-21', 6],
  ])('%s: read without cell problems, ilr xml writes a file valid against the %s XSD', async (file, label, learners) => {
    const input = await loadInput(join(SAMPLE, file));
    expect(input.problems).toEqual([]);
    expect(input.message.root.children['Learner']).toHaveLength(learners);
    const res = await runCli(['xml', join(SAMPLE, file), '-o', dir]);
    expect(res.code).toBe(0);
    const [written] = readdirSync(dir);
    expect(xmllintValidate(join(dir, written!), xsdFor(label)).valid).toBe(true);
  });

  it('2025-26 keeps destinations on the DPOutcome sheet and a Checks formula column on LearningDelivery and DPOutcome', async () => {
    const input = await loadInput(join(SAMPLE, 'ILR-Sample-2526.xlsx'));
    expect(input.message.root.children['LearnerDestinationandProgression']!.length).toBeGreaterThan(5);
    expect(input.notes.join('\n')).not.toMatch(/Checks/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(SAMPLE, 'ILR-Sample-2526.xlsx'));
    const ld = wb.getWorksheet('LearningDelivery')!;
    const headers = ld.getRow(1).values as ExcelJS.CellValue[];
    const checks = headers.indexOf('Checks');
    expect(checks).toBeGreaterThan(0);
    const col = (h: string) => ld.getRow(1).getCell(headers.indexOf(h)).address.replace(/\d+$/, '');
    expect((ld.getRow(2).getCell(checks).value as ExcelJS.CellFormulaValue).formula).toBe(
      `ILR.CHECKAIM(${col('CompStatus')}2,${col('LearnActEndDate')}2,${col('Outcome')}2,${col('WithdrawReason')}2,${col('LearnPlanEndDate')}2,${col('AchDate')}2,${col('LearnStartDate')}2)`,
    );
    const dp = wb.getWorksheet('DPOutcome')!;
    const dpChecks = (dp.getRow(1).values as ExcelJS.CellValue[]).indexOf('Checks');
    expect((dp.getRow(2).getCell(dpChecks).value as ExcelJS.CellFormulaValue).formula).toBe('ILR.CHECKDP(C2,D2,E2,F2,G2,,A2)');
    expect(ld.getRow(2).getCell(headers.indexOf('LearnStartDate')).value).toBeInstanceOf(Date);
  });

  describe('planted problems (assets/sample/expected-findings.json)', () => {
    let byLearner: Map<string, IlrRecord>;
    let findings: { rule: string; at: string }[];
    beforeAll(async () => {
      const input = await loadInput(join(SAMPLE, 'ILR-Sample-2526.xlsx'));
      byLearner = new Map(input.message.root.children['Learner']!.map((l) => [l.fields['LearnRefNumber']!.text, l]));
      findings = runChecks(input.message, { asOf: '2026-07-31' }).findings.map((f) => ({ rule: f.rule, at: formatLocation(f.location) }));
    });

    it.each(expected.map((e) => [e.rule, e] as const))('%s: the listed cell holds that learner\'s field', (_rule, e) => {
      const learner = byLearner.get(e.learnRefNumber)!;
      const rec = e.sheet === 'Learner' ? learner : learner.children['LearningDelivery']![0]!;
      expect(formatLocation(rec.fields[e.field]!.loc)).toBe(`${e.sheet}!${e.cell}`);
    });

    it.each(expected.map((e) => [e.rule, e] as const))('%s fires at the listed cell when the rule is implemented', (rule, e) => {
      if (!findRule(rule)?.implemented) {
        expect(findings.some((f) => f.rule === rule)).toBe(false);
        return;
      }
      expect(findings).toContainEqual({ rule, at: `${e.sheet}!${e.cell}` });
    });

    it('no other learner-data finding fires (as of 31/07/2026)', () => {
      const listed = new Set(expected.map((e) => e.rule));
      expect(findings.filter((f) => !listed.has(f.rule))).toEqual([]);
    });

    it('every ULN but the planted one passes its check digit', () => {
      const bad = [...byLearner.values()].filter((l) => !ulnPassesChecksum(l.fields['ULN']!.text)).map((l) => l.fields['LearnRefNumber']!.text);
      expect(bad).toEqual(['T0009']);
    });
  });
});
