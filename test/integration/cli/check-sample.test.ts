import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const SAMPLE = join(__dirname, '../../../assets/sample');
const expected: { rule: string; sheet: string; cell: string }[] = JSON.parse(readFileSync(join(SAMPLE, 'expected-findings.json'), 'utf8'));

describe('ilr check on the bundled sample workbook', () => {
  test('reports exactly the problems placed in it on purpose, each at its cell (as of 2026-07-31)', async () => {
    const r = await runCli(['check', join(SAMPLE, 'ILR-Sample-2526.xlsx'), '--as-of', '2026-07-31', '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ year: '2526', asOf: '2026-07-31' });
    const got = json.findings.map((f: { rule: string; location: { sheet: string; cell: string } }) => `${f.rule} ${f.location.sheet}!${f.location.cell}`).sort();
    expect(got).toEqual(expected.map((e) => `${e.rule} ${e.sheet}!${e.cell}`).sort());
    expect(r.code).toBe(1); // the planted errors
  });

  test('advice thresholds are settings: --advice NAME=N', async () => {
    const file = join(SAMPLE, 'ILR-Sample-2526.xlsx');
    const rules = async (...extra: string[]) =>
      JSON.parse((await runCli(['check', file, '--as-of', '2026-07-31', '--format', 'json', ...extra])).out).findings.map((f: { rule: string }) => f.rule);
    expect(await rules()).toEqual(expect.arrayContaining(['ADV_BreakInLearningLong', 'ADV_WithdrawOtherShare']));
    // the break began 12/12/2025: 7 months before 31/07/2026 — flagged at 6 months, not at 9
    const relaxed = await rules('--advice', 'breakInLearningMonths=9', '--advice', 'withdrawOtherPercent=60');
    expect(relaxed).not.toContain('ADV_BreakInLearningLong');
    expect(relaxed).not.toContain('ADV_WithdrawOtherShare');
    const bad = await runCli(['check', file, '--advice', 'breakInLearning=9']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--advice takes NAME=NUMBER with NAME one of breakInLearningMonths, outcomeUnknownMonths, withdrawOtherPercent, destinationDueMonths/);
  });

  test('the 2020-21 sample (with destinations) has none of them', async () => {
    const r = await runCli(['check', join(SAMPLE, 'ILR-Sample-2021.xlsx'), '--as-of', '2021-07-31', '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });
});
