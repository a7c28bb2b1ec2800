/**
 * Issue 14 row: "zip library messages … cryptic text". A file named .xlsx that is not a zip archive, or a damaged
 * one, is said in one plain line, never the zip library's text ("end of central directory", "Corrupted zip", a URL).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';
import { ASSETS } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const dir = mkdtempSync(join(tmpdir(), 'ilr-zip-'));
const sample = readFileSync(join(ASSETS, 'sample', 'ILR-Sample-2526.xlsx'));

const cases: [string, Buffer][] = [
  ['text renamed .xlsx', Buffer.from('Learner,ULN\n1,2\n')],
  ['a truncated workbook', sample.subarray(0, 3000)],
  ['a zip signature followed by rubbish', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)])],
  ['an empty file', Buffer.alloc(0)],
];

describe.each(['check', 'info', 'xml'])('ilr %s', (command) => {
  test.each(cases)('%s: one plain line, exit 2', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, bytes);
    const r = await runCli([command, file, ...(command === 'xml' ? ['-o', join(dir, 'out')] : [])]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`^ilr: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not an Excel workbook \\(\\.xlsx\\)`));
    expect(r.err.replace(file, '')).not.toMatch(/central directory|corrupted|zip|https?:/i);
  });
});
