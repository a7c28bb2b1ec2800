import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CLI_TEST_TIMEOUT_MS } from '../../helpers/run-cli';
import { xmlDifferences } from '../../helpers/xml-equivalence';
import { ESFA_SAMPLE_2526, SYNTHETIC_2021, xmllintValidate, xsdFor } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ilr-wb-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ilr import → .xlsx → ilr xml', () => {
  it.each([
    [ESFA_SAMPLE_2526, '2025-26'],
    [SYNTHETIC_2021, '2020-21'],
  ])('%s comes back valid and equal element by element', async (file, label) => {
    const wb = join(dir, 'book.xlsx');
    const imp = await runCli(['import', file, '-o', wb]);
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    const out = join(dir, 'out');
    const res = await runCli(['xml', wb, '-o', out]);
    expect(res.err).not.toMatch(/refused/);
    expect(res.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const written = join(out, files[0]!);
    expect(xmlDifferences(readFileSync(file, 'utf8'), readFileSync(written, 'utf8'))).toEqual([]);
    const lint = xmllintValidate(written, xsdFor(label));
    expect(lint.output).toMatch(/validates/);
    expect(lint.valid).toBe(true);
  });
});
