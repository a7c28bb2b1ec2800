/**
 * What the command line says when something outside the data goes wrong: a file-system error (errno code) or a text
 * from a library (the zip reader) turned into one plain line for a college data manager. The one place these are
 * worded; main.ts's top-level handler uses it for anything that escapes a command.
 */

/** Errno codes in plain English (Node's own texts: "EEXIST: file already exists, mkdir '…'" are for programmers). */
export const FS_ERROR_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk or folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the disk',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EMFILE: 'too many files are open (close some programs and try again)',
  ENFILE: 'too many files are open on this computer (try again later)',
  EBUSY: 'the file is in use by another program',
  ETXTBSY: 'the file is in use by another program',
  ELOOP: 'the path has too many symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EXDEV: 'the temporary file and the output are on different disks',
  EIO: 'the disk reported a read or write error',
  EINVAL: 'the path is not valid here',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ETIMEDOUT: 'the network drive did not answer in time',
  ECONNRESET: 'the network connection was lost',
  EAGAIN: 'the resource is busy (try again)',
};

/** An error carrying an errno code (what node:fs throws). Duck-typed: errors from another realm fail `instanceof`. */
export function isFsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/** The plain-English reason for an errno code; the code itself when it is not one of ours. */
export function fsReason(code: string): string {
  return FS_ERROR_REASONS[code] ?? `the system said ${code}`;
}

const SYSCALL_VERB: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  fsync: 'write',
  close: 'write',
  mkdir: 'create the folder',
  rename: 'write',
  link: 'write',
  unlink: 'remove',
  rmdir: 'remove',
  stat: 'read',
  lstat: 'read',
  scandir: 'read the folder',
  opendir: 'read the folder',
  copyfile: 'copy',
};

/** One line for a file-system error: "cannot create the folder /x/y: a part of the path is a file, not a folder". */
export function describeFsError(e: NodeJS.ErrnoException & { code: string }): string {
  const verb = (e.syscall && SYSCALL_VERB[e.syscall]) ?? 'use';
  const where = e.path ? ` ${e.path}` : '';
  return `cannot ${verb}${where}: ${fsReason(e.code)}`;
}

/**
 * Texts of the zip library (JSZip inside exceljs, or others) saying a file is not a zip archive or is damaged. An
 * .xlsx workbook is a zip archive, so to the user each of them means one thing: not a readable workbook.
 */
const ZIP_LIBRARY_TEXTS: readonly RegExp[] = [
  /end of central directory/i,
  /corrupted zip/i,
  /is this a zip file/i,
  /invalid zip|zip (?:file|archive) is (?:invalid|corrupt)/i,
  /unsupported compression/i,
  /encrypted zip/i,
  /zip64/i,
  /crc32 mismatch/i,
];

export function isZipLibraryText(text: string): boolean {
  return ZIP_LIBRARY_TEXTS.some((r) => r.test(text));
}

/** "… is not an Excel workbook (.xlsx)" (the reader's own wording, src/cli/workbook-input.ts), naming the file when it is known. */
export function notAWorkbook(path: string | undefined): string {
  return `${path ?? 'the input'} is not an Excel workbook (.xlsx): it is damaged, or not a workbook saved by Excel; open it in Excel and save it as .xlsx`;
}

/** A bare errno code at the end of a message ("cannot read x.xml: ENOENT") put into words. */
function wordTrailingCode(message: string): string {
  return message.replace(/: (E[A-Z]{2,})$/, (whole, code: string) => (FS_ERROR_REASONS[code] ? `: ${FS_ERROR_REASONS[code]}` : whole));
}

/** The workbook an error is about: "cannot read /x/y.xlsx: …" names it, else the first .xlsx argument. */
function workbookNamed(message: string, argv: readonly string[]): string | undefined {
  const m = /^cannot read (.+?\.xlsx): /i.exec(message);
  if (m) return m[1];
  return argv.find((a) => /\.xlsx$/i.test(a));
}

/**
 * One line for the user for a failure that reached the top level. `usage` is true for a UsageError (its text is already
 * for the user; only library texts inside it are replaced), false for anything else.
 */
export function userLine(e: unknown, argv: readonly string[], usage: boolean): string {
  const message = typeof e === 'object' && e !== null && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
  if (isZipLibraryText(message)) return notAWorkbook(workbookNamed(message, argv));
  if (usage) return wordTrailingCode(message);
  if (isFsError(e)) return describeFsError(e);
  // an unexpected failure: say what failed in one line, never the data or a stack
  return `internal error: ${message.split('\n')[0]}`;
}
