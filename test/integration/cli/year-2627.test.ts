import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { xmllintValidate } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const FIX = join(__dirname, '../../fixtures/xml');
const XSD = join(FIX, 'ILR-2026-27-likely.xsd');
const FILE = join(FIX, 'ILR-99999999-2627-20260815-094401.xml');

describe('a 2026-27 return from the command line (its XSD added with --xsd)', () => {
  it('is checked with the 2025-26 rules, said so, and with the known 2026-27 code-list changes', async () => {
    const r = await runCli(['--xsd', XSD, 'check', FILE, '--as-of', '2026-11-01']);
    expect(r.out).toContain('ILR check of');
    expect(r.out).toMatch(/note: 2025-26 rules applied to 2026-27 data/);
    expect(r.out).toMatch(/^0 errors, 0 warnings/m);
    // FundModel 10 (Community Learning) is removed in 2026-27 (official): an aim on it is not a valid code any more
    const withFm10 = readFileSync(FILE, 'utf8').replace(/<FundModel>\d+<\/FundModel>/, '<FundModel>10</FundModel>');
    const f = join(mkdtempSync(join(tmpdir(), 'ilr-2627-')), 'ILR-99999999-2627-20260815-094401.xml');
    writeFileSync(f, withFm10);
    const j = JSON.parse((await runCli(['--xsd', XSD, 'check', f, '--as-of', '2026-11-01', '--format', 'json'])).out);
    expect(j.findings).toContainEqual(expect.objectContaining({ rule: 'FundModel_01', field: 'FundModel', value: '10' }));
  });

  it('round-trips through a workbook under a -2627- name, valid against the added XSD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-2627-'));
    expect((await runCli(['--xsd', XSD, 'import', FILE, '-o', join(dir, 'w.xlsx')])).code).toBe(0);
    expect((await runCli(['--xsd', XSD, 'xml', join(dir, 'w.xlsx'), '-o', dir])).code).toBe(0);
    const written = readdirSync(dir).filter((n) => n.endsWith('.XML'));
    expect(written).toEqual([expect.stringMatching(/^ILR-99999999-2627-\d{8}-\d{6}-01\.XML$/)]);
    expect(xmllintValidate(join(dir, written[0]!), XSD).valid).toBe(true);
  });

  it('ilr template --xsd … --year 2627 writes the 2026-27 layout (no FUNDCOMP column)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilr-2627-'));
    const r = await runCli(['--xsd', XSD, 'template', '--year', '2627', '-o', join(dir, 't.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2026-27: Return, /);
    const headers = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return (wb.getWorksheet('LearningDelivery')!.getRow(1).values as unknown[]).map(String);
    };
    expect((await headers(join(dir, 't.xlsx'))).some((h) => h.includes('FUNDCOMP'))).toBe(false);
    expect((await runCli(['template', '--year', '2526', '-o', join(dir, 'u.xlsx')])).code).toBe(0);
    expect((await headers(join(dir, 'u.xlsx'))).some((h) => h.includes('FUNDCOMP'))).toBe(true);
  });
});
