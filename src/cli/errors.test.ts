import { describeFsError, isZipLibraryText, userLine } from './errors';
import { UsageError } from './io';

function fsError(code: string, syscall: string, path?: string): NodeJS.ErrnoException & { code: string } {
  return Object.assign(new Error(`${code}: raw node text, ${syscall} '${path}'`), { code, syscall, ...(path ? { path } : {}) });
}

describe('userLine', () => {
  test.each([
    ['EEXIST', 'mkdir', 'cannot create the folder /o: it already exists'],
    ['EACCES', 'open', 'cannot open /o: permission denied'],
    ['ENOSPC', 'write', 'cannot write /o: the disk is full'],
    ['EROFS', 'open', 'cannot open /o: the disk or folder is read-only'],
    ['ENOTDIR', 'mkdir', 'cannot create the folder /o: a part of the path is a file, not a folder'],
    ['EISDIR', 'open', 'cannot open /o: it is a folder, not a file'],
    ['ENOENT', 'open', 'cannot open /o: no such file or folder'],
    ['EMFILE', 'open', 'cannot open /o: too many files are open (close some programs and try again)'],
  ])('%s is said in plain English, without the code or Node text', (code, syscall, line) => {
    const said = userLine(fsError(code, syscall, '/o'), [], false);
    expect(said).toBe(line);
    expect(said).not.toContain(code);
    expect(said).not.toContain('internal error');
  });

  test('an unknown code still gives one line', () => {
    expect(describeFsError(fsError('EWEIRD', 'open'))).toBe('cannot open: the system said EWEIRD');
  });

  test('zip library texts become "not an Excel workbook", naming the file', () => {
    const e = new UsageError("cannot read /d/in.xlsx: Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/");
    expect(userLine(e, ['check', '/d/in.xlsx'], true)).toMatch(/^\/d\/in\.xlsx is not an Excel workbook \(\.xlsx\)/);
    expect(userLine(new Error('Corrupted zip: missing 12 bytes.'), ['info', 'x.xlsx'], false)).toMatch(/^x\.xlsx is not an Excel workbook/);
    expect(userLine(new Error('end of central directory record signature not found'), [], false)).toMatch(/^the input is not an Excel workbook/);
  });

  test('a bare errno code at the end of a usage error is put into words', () => {
    expect(userLine(new UsageError('cannot read x.xml: ENOENT'), [], true)).toBe('cannot read x.xml: no such file or folder');
  });

  test('anything else is an internal error in one line', () => {
    const e = new Error('first line\n    at stack frame');
    expect(userLine(e, [], false)).toBe('internal error: first line');
  });

  test('XML reading texts are not mistaken for zip texts', () => {
    expect(isZipLibraryText('unexpected end of file at line 3')).toBe(false);
    expect(isZipLibraryText('Corrupted zip : can\'t find end of central directory')).toBe(true);
  });
});
