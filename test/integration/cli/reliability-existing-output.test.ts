/**
 * Issue 14 row: "an output file that already exists — xml, import, template: overwritten silently (re-exporting after
 * edits replaces the earlier return)". Now refused (exit 2, one line) unless --force is given.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const OFFICIAL_NAME = 'ILR-99999999-2526-20250108-091405-01.XML';
const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-exists-'));

describe('ilr xml', () => {
  test('exporting the same data again names the same file: refused without --force, the earlier return kept', async () => {
    const dir = tmp();
    const first = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(first.code).toBe(0);
    const path = join(dir, OFFICIAL_NAME);
    const earlier = readFileSync(path);
    writeFileSync(path, Buffer.concat([earlier, Buffer.from('<!-- the earlier return -->')]));
    const again = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(again.code).toBe(2);
    expect(again.err).toBe(`ilr: ${path} already exists; give --force to replace it`);
    expect(readFileSync(path, 'utf8')).toContain('<!-- the earlier return -->');
    expect(readdirSync(dir)).toEqual([OFFICIAL_NAME]);
  });

  test('--force replaces it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, OFFICIAL_NAME), 'earlier');
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir, '--force']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, OFFICIAL_NAME), 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(dir)).toEqual([OFFICIAL_NAME]);
  });
});

describe('ilr import', () => {
  test('an existing workbook is refused without --force (before reading the input), kept; --force replaces it', async () => {
    const dir = tmp();
    const out = join(dir, 'return.xlsx');
    writeFileSync(out, 'my edited workbook');
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: ${out} already exists; give --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('my edited workbook');
    const forced = await runCli(['import', ESFA_SAMPLE_2526, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['return.xlsx']);
  });
});

describe('ilr template', () => {
  test('an existing workbook is refused without --force; --force replaces it', async () => {
    const dir = tmp();
    const out = join(dir, 'blank.xlsx');
    writeFileSync(out, 'filled in already');
    const r = await runCli(['template', '--year', '2526', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: ${out} already exists; give --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('filled in already');
    expect((await runCli(['template', '--year', '2526', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('ilr demo', () => {
  test('running the demo twice replaces its own file in its own folder', async () => {
    const dir = tmp();
    const out = join(dir, 'demo-output');
    expect((await runCli(['demo', '-o', out, '--as-of', '2026-01-31'], dir)).code).toBe(0);
    const again = await runCli(['demo', '-o', out, '--as-of', '2026-01-31'], dir);
    expect(again.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
  });
});
