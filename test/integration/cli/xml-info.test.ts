import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021, xmllintValidate, xsdFor } from '../../helpers/xmllint';
import { fake2627 } from '../../helpers/fake-year';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-cli-'));

describe('ilr info', () => {
  test('prints year, UKPRN, serial and counts', async () => {
    const r = await runCli(['info', SYNTHETIC_2021]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('year: 2021 (2020-21, namespace ESFA/ILR/2020-21)');
    expect(r.out).toContain('UKPRN: 10000001');
    expect(r.out).toContain('serial number: 03');
    expect(r.out).toContain('learners: 3');
    expect(r.out).toContain('learning deliveries: 3');
    expect(r.out).toContain('destination outcomes: 3');
  });
});

describe('ilr xml', () => {
  test('writes the round trip under the official name (exit 0)', async () => {
    const dir = tmp();
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['ILR-99999999-2526-20250108-091405-01.XML']);
    expect(xmllintValidate(join(dir, 'ILR-99999999-2526-20250108-091405-01.XML'), xsdFor('2025-26')).valid).toBe(true);
  });

  test('refuses a file that breaks the XSD with exit 1, naming the learner and element, and writes nothing', async () => {
    const dir = tmp();
    const bad = join(dir, 'in.xml');
    writeFileSync(bad, readFileSync(ESFA_SAMPLE_2526, 'utf8').replace('<ULN>1061484016</ULN>', '<ULN>10614840161</ULN>').replace(/<DateOfBirth>2009-02-27<\/DateOfBirth>/, ''));
    const out = join(dir, 'out');
    const r = await runCli(['xml', bad, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^refused: the file would not pass the official 2025-26 XSD/);
    expect(r.err).toMatch(/learner 16Learner, element ULN, line \d+: Element 'ULN': \[facet 'maxInclusive'\]/);
    expect(() => readdirSync(out)).toThrow();
  });

  test('refuses a missing mandatory element naming learner and element', async () => {
    const dir = tmp();
    const bad = join(dir, 'in.xml');
    // Ethnicity is mandatory in Learner
    writeFileSync(bad, readFileSync(ESFA_SAMPLE_2526, 'utf8').replace('<Ethnicity>31</Ethnicity>', ''));
    const r = await runCli(['xml', bad, '-o', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/learner 16Learner, element Sex, line \d+: .*Expected is \( Ethnicity \)/);
  });

  test('unreadable input is exit 2 with a one-line reason', async () => {
    const r = await runCli(['xml', '/nonexistent/file.xml']);
    expect(r).toMatchObject({ code: 2, err: 'ilr: cannot read /nonexistent/file.xml: no such file or folder' });
    const dir = tmp();
    writeFileSync(join(dir, 'x.xml'), '<Message xmlns="ESFA/ILR/2019-20"></Message>');
    const r2 = await runCli(['xml', join(dir, 'x.xml')]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/namespace "ESFA\/ILR\/2019-20" is not a known ILR year/);
  });

  test('a DOCTYPE is refused (exit 2)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.xml'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Message xmlns="ESFA/ILR/2025-26"/>');
    const r = await runCli(['info', join(dir, 'x.xml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DOCTYPE/);
  });

  test('bad usage is exit 2', async () => {
    expect((await runCli(['xml'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).err).toBe('ilr: unknown command "frobnicate"; try "ilr help"');
    expect((await runCli(['xml', 'a.xml', '--bogus'])).code).toBe(2);
  });

  test('--xsd registers a new year from its official XSD: a 2026-27 file then round-trips', async () => {
    const dir = tmp();
    const xsd = join(dir, 'ILR-2026-27.xsd');
    writeFileSync(xsd, fake2627());
    const file = join(dir, 'in.xml');
    writeFileSync(file, readFileSync(ESFA_SAMPLE_2526, 'utf8').replace('ESFA/ILR/2025-26', 'ESFA/ILR/2026-27').replace('<Year>2526</Year>', '<Year>2627</Year>'));
    const without = await runCli(['info', file]);
    expect(without.code).toBe(2);
    const r = await runCli(['xml', file, '--xsd', xsd, '-o', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ILR-99999999-2627-20250108-091405-01.XML');
    expect(xmllintValidate(join(dir, 'ILR-99999999-2627-20250108-091405-01.XML'), xsd).valid).toBe(true);
  });
});

describe('a relative input path', () => {
  it('is read from the folder the command runs in, for info and xml as for check and import', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'in.xml'), readFileSync(ESFA_SAMPLE_2526));
    const info = await runCli(['info', 'in.xml'], dir);
    expect(info.code).toBe(0);
    expect(info.out).toContain('2025-26');
    const xml = await runCli(['xml', 'in.xml', '-o', 'out'], dir);
    expect(xml.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['ILR-99999999-2526-20250108-091405-01.XML']);
  }, CLI_TEST_TIMEOUT_MS);
});
