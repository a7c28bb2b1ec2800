/**
 * Issue 14 row: "disk full during `ilr xml` / `ilr import`: a truncated, malformed .XML left under the official file
 * name; a 0-byte .xlsx". Now the output goes to a temporary file renamed only once complete: a failure leaves neither
 * the final name nor the temporary file, and says so in one line (exit 2).
 */
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFs } from '../../../src/cli/output-file';
import * as xlsxWriter from '../../../src/cli/xlsx/write-xlsx';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const OFFICIAL_NAME = 'ILR-99999999-2526-20250108-091405-01.XML';
const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-full-'));

/** A genuine ENOSPC from the kernel when /dev/full is there (Linux), else the same error made by hand. */
function diskFull(): NodeJS.ErrnoException {
  if (existsSync('/dev/full')) {
    try {
      writeFileSync('/dev/full', 'x');
    } catch (e) {
      return e as NodeJS.ErrnoException;
    }
  }
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
}

afterEach(() => jest.restoreAllMocks());

test('diskFull gives an ENOSPC error', () => {
  expect(diskFull().code).toBe('ENOSPC');
});

describe('disk full during ilr xml', () => {
  test('half the file written, then ENOSPC: no .XML under the official name, no temporary file, one line, exit 2', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'writeFile').mockImplementation(async (path, data) => {
      writeFileSync(path, (data as Uint8Array).subarray(0, Math.floor(data.length / 2)));
      throw diskFull();
    });
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: cannot write ${join(dir, OFFICIAL_NAME)}: the disk is full`);
    expect(r.out).not.toContain('wrote');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('ENOSPC reported only when the file is synced: nothing left either', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'fsync').mockRejectedValue(diskFull());
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the disk is full');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('disk full does not touch an earlier file of the same name replaced with --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, OFFICIAL_NAME), 'the earlier return');
    jest.spyOn(outputFs, 'fsync').mockRejectedValue(diskFull());
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir, '--force']);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([OFFICIAL_NAME]);
    expect(statSync(join(dir, OFFICIAL_NAME)).size).toBe('the earlier return'.length);
  });
});

describe('disk full during ilr import', () => {
  test('the workbook writer fails half-way: no .xlsx (not even 0 bytes), no temporary file, exit 2', async () => {
    const dir = tmp();
    const out = join(dir, 'return.xlsx');
    jest.spyOn(xlsxWriter, 'writeWorkbookFile').mockImplementation(async (path) => {
      writeFileSync(path, 'PK\u0003\u0004 half a zip');
      throw diskFull();
    });
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: cannot write ${out}: the disk is full`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('the complete workbook cannot be synced: nothing left', async () => {
    const dir = tmp();
    const out = join(dir, 'return.xlsx');
    jest.spyOn(outputFs, 'fsync').mockRejectedValue(diskFull());
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: cannot write ${out}: the disk is full`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('ilr template likewise', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'fsync').mockRejectedValue(diskFull());
    const r = await runCli(['template', '--year', '2526', '-o', join(dir, 'blank.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('the disk is full');
    expect(readdirSync(dir)).toEqual([]);
  });
});
