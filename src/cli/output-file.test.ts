import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFolder, OutputError, outputFs, temporaryNameFor, writeOutput } from './output-file';

const tmp = () => mkdtempSync(join(tmpdir(), 'ilr-out-'));

function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall });
}

afterEach(() => jest.restoreAllMocks());

describe('writeOutput', () => {
  test('writes through a temporary file in the same folder and leaves only the final name', async () => {
    const dir = tmp();
    const path = join(dir, 'out.XML');
    let seen = '';
    await writeOutput(path, {}, async (t) => {
      seen = t;
      writeFileSync(t, 'content');
    });
    expect(seen).not.toBe(path);
    expect(seen.startsWith(join(dir, '.out.XML.'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.XML']);
    expect(readFileSync(path, 'utf8')).toBe('content');
  });

  test('the disk full half-way: nothing under the final name, no temporary file, one line saying so', async () => {
    const dir = tmp();
    const path = join(dir, 'out.XML');
    const p = writeOutput(path, {}, async (t) => {
      writeFileSync(t, '<Message><Hea');
      throw fsError('ENOSPC', 'write');
    });
    await expect(p).rejects.toThrow(OutputError);
    await expect(p).rejects.toThrow(`cannot write ${path}: the disk is full`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('any exception in the writer removes the temporary file and passes the error on', async () => {
    const dir = tmp();
    await expect(
      writeOutput(join(dir, 'a.xlsx'), {}, async (t) => {
        writeFileSync(t, 'PK');
        throw new TypeError('boom');
      }),
    ).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a failing fsync (delayed allocation reports ENOSPC there) leaves nothing behind', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'fsync').mockRejectedValue(fsError('ENOSPC', 'fsync'));
    await expect(writeOutput(join(dir, 'a.XML'), {}, async (t) => writeFileSync(t, 'x'))).rejects.toThrow('the disk is full');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an existing file is refused without force and left as it was; replaced with force', async () => {
    const dir = tmp();
    const path = join(dir, 'a.XML');
    writeFileSync(path, 'earlier return');
    const write = jest.fn(async (t: string) => writeFileSync(t, 'new'));
    await expect(writeOutput(path, {}, write)).rejects.toThrow(`${path} already exists; give --force to replace it`);
    expect(write).not.toHaveBeenCalled();
    expect(readFileSync(path, 'utf8')).toBe('earlier return');
    await writeOutput(path, { force: true }, write);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.XML']);
  });

  test('a file that appears under the name while writing is not replaced (the final step refuses atomically)', async () => {
    const dir = tmp();
    const path = join(dir, 'a.XML');
    await expect(
      writeOutput(path, {}, async (t) => {
        writeFileSync(t, 'ours');
        writeFileSync(path, 'another program');
      }),
    ).rejects.toThrow('already exists; give --force');
    expect(readFileSync(path, 'utf8')).toBe('another program');
    expect(readdirSync(dir)).toEqual(['a.XML']);
  });

  test('a disk without hard links (FAT, some shares): checked, then renamed', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'link').mockRejectedValue(fsError('EPERM', 'link'));
    await writeOutput(join(dir, 'a.xlsx'), {}, async (t) => writeFileSync(t, 'x'));
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  test('a read-only disk at the final step: one line, the temporary file removed', async () => {
    const dir = tmp();
    jest.spyOn(outputFs, 'rename').mockRejectedValue(fsError('EROFS', 'rename'));
    await expect(writeOutput(join(dir, 'a.xlsx'), { force: true }, async (t) => writeFileSync(t, 'x'))).rejects.toThrow(
      `cannot write ${join(dir, 'a.xlsx')}: the disk or folder is read-only`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a folder under the name is refused even with force', async () => {
    const dir = tmp();
    await expect(writeOutput(dir, { force: true }, async () => undefined)).rejects.toThrow(`${dir} is a folder; give the name of the file to write`);
  });

  test('temporary names differ between calls and are hidden', () => {
    const a = temporaryNameFor('/x/ILR.XML');
    const b = temporaryNameFor('/x/ILR.XML');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\/x\/\.ILR\.XML\.\d+\.\d+\.tmp$/);
  });
});

describe('ensureFolder', () => {
  test('creates missing folders', () => {
    const dir = join(tmp(), 'a', 'b');
    ensureFolder(dir);
    expect(existsSync(dir)).toBe(true);
  });

  test('a file where the folder should be, or in its path, is a one-line refusal', () => {
    const dir = tmp();
    const file = join(dir, 'f');
    writeFileSync(file, '');
    expect(() => ensureFolder(file)).toThrow(`cannot write into ${file}: it is a file, not a folder`);
    expect(() => ensureFolder(join(file, 'sub'))).toThrow(`cannot create the folder ${join(file, 'sub')}: a part of the path is a file, not a folder`);
  });

  test('a read-only disk: the real reason, not the ENOENT recursive mkdir reports there', () => {
    const dir = join(tmp(), 'a', 'b');
    jest.spyOn(outputFs, 'mkdir').mockImplementation((_p, recursive) => {
      throw fsError(recursive ? 'ENOENT' : 'EROFS', 'mkdir');
    });
    expect(() => ensureFolder(dir)).toThrow(`cannot create the folder ${dir}: the disk or folder is read-only`);
  });
});
