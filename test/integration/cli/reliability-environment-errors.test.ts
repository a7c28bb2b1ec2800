/**
 * Issue 14 row: "`-o` a file, a read-only folder, ENOSPC — xml, import: `ilr: internal error: EEXIST…` instead of a
 * one-line reason". Every environment error is now one line on stderr in plain English, exit 2, nothing left behind.
 * (Tests run as root, which ignores permissions: a read-only folder is injected at the file-system seam.)
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { infoCommand } from '../../../src/cli/commands/info';
import { outputFs } from '../../../src/cli/output-file';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../../helpers/run-cli';
import { ESFA_SAMPLE_2526 } from '../../helpers/xmllint';

jest.setTimeout(CLI_TEST_TIMEOUT_MS);

const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-env-'));

function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path });
}

/** One line, no Node error text, no code, no stack. */
function expectOneLine(err: string): void {
  expect(err.split('\n')).toHaveLength(1);
  expect(err).toMatch(/^ilr: /);
  expect(err).not.toMatch(/internal error|E[A-Z]{3,}:|\bat .*\.(?:ts|js):\d+/);
}

afterEach(() => jest.restoreAllMocks());

describe('ilr xml -o', () => {
  test('an existing file where the folder should be', async () => {
    const dir = tmp();
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', file]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toBe(`ilr: cannot write into ${file}: it is a file, not a folder`);
  });

  test('the file in the way is said before the input is read (no waiting through a large export first)', async () => {
    const dir = tmp();
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await runCli(['xml', join(dir, 'missing-input.xml'), '-o', file]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: cannot write into ${file}: it is a file, not a folder`);
  });

  test('a folder under a regular file (ENOTDIR)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', join(dir, 'f', 'out')]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toBe(`ilr: cannot create the folder ${join(dir, 'f', 'out')}: a part of the path is a file, not a folder`);
  });

  test('/dev/full (a device) as the folder', async () => {
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', '/dev/full']);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('not a folder');
  });

  test.each([
    ['EACCES', 'permission denied'],
    ['EROFS', 'the disk or folder is read-only'],
  ])('a folder that cannot be written into (%s, injected)', async (code, words) => {
    const dir = tmp();
    jest.spyOn(outputFs, 'writeFile').mockImplementation(async (p) => {
      throw fsError(code, 'open', String(p));
    });
    const r = await runCli(['xml', ESFA_SAMPLE_2526, '-o', dir]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain(`: ${words}`);
    expect(r.err).not.toContain('.tmp'); // names the file the user asked for, not the temporary one
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('ilr import -o', () => {
  test('a folder where the workbook file should be', async () => {
    const dir = tmp();
    const folder = join(dir, 'book.xlsx');
    mkdirSync(folder);
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', folder]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toBe(`ilr: ${folder} is a folder; give the name of the file to write`);
  });

  test('a path under a regular file (ENOTDIR)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', join(dir, 'f', 'book.xlsx')]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('cannot write into');
  });

  test('a read-only disk at the rename (EROFS, injected): one line, nothing left', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'link').mockRejectedValue(fsError('EROFS', 'link', join(dir, 'x')));
    const r = await runCli(['import', ESFA_SAMPLE_2526, '-o', join(dir, 'book.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ilr: cannot write ${join(dir, 'book.xlsx')}: the disk or folder is read-only`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('ilr template -o', () => {
  test('a path under a regular file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runCli(['template', '-o', join(dir, 'f', 'sub', 'blank.xlsx')]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
  });
});

describe('any file-system error that escapes a command', () => {
  test.each([
    ['EMFILE', 'open', 'cannot open /data/in.xml: too many files are open (close some programs and try again)'],
    ['EEXIST', 'mkdir', 'cannot create the folder /data/in.xml: it already exists'],
    ['ENOSPC', 'write', 'cannot write /data/in.xml: the disk is full'],
    ['EISDIR', 'open', 'cannot open /data/in.xml: it is a folder, not a file'],
  ])('%s thrown by a command reaches the user as one plain line, not "internal error"', async (code, syscall, line) => {
    jest.spyOn(infoCommand, 'run').mockRejectedValue(fsError(code, syscall, '/data/in.xml'));
    const r = await runCli(['info', '/data/in.xml']);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toBe(`ilr: ${line}`);
  });

  test('an XSD given with --xsd that does not exist', async () => {
    const r = await runCli(['xml', '--xsd', join(tmp(), 'missing.xsd'), ESFA_SAMPLE_2526]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('no such file or folder');
  });

  test('an input that does not exist', async () => {
    const r = await runCli(['info', join(tmp(), 'nothing.xml')]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('no such file or folder');
  });
});
