import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsReason, isFsError } from './errors';
import { UsageError } from './io';

/**
 * Writing an output file so that it is never half-written and never silently replaced: the content goes to a temporary
 * file in the same folder (`.<name>.<pid>.<n>.tmp`), is flushed to the disk (fsync), and only then takes the final
 * name; on any failure — the disk full, an exception, a refusal — the temporary file is removed and nothing is left
 * under the final name. An existing file is replaced only with `force`.
 */

/** The file-system calls writeOutput makes: a seam for tests to inject failures (disk full, …). */
export const outputFs = {
  writeFile: (path: string, data: string | Uint8Array): Promise<void> => fs.promises.writeFile(path, data),
  fsync: async (path: string): Promise<void> => {
    const fh = await fs.promises.open(path, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  /** Gives the file its final name only if that name is free (atomic: fails with EEXIST otherwise). */
  link: (from: string, to: string): Promise<void> => fs.promises.link(from, to),
  rename: (from: string, to: string): Promise<void> => fs.promises.rename(from, to),
  unlink: (path: string): Promise<void> => fs.promises.unlink(path),
  mkdir: (path: string, recursive: boolean): void => void fs.mkdirSync(path, { recursive }),
};

/** A refusal to write an output (exit 2, one line). */
export class OutputError extends UsageError {}

export interface OutputOptions {
  /** Replace a file already under the name. */
  force?: boolean;
}

let counter = 0;

/** Temporary files being written now: removed if the process is interrupted (entry.ts, on Ctrl-C). */
const live = new Set<string>();

/** Removes the temporary files of writes under way (synchronously: called from a signal handler before exiting). */
export function removeTemporaryFilesSync(): void {
  for (const t of live) {
    try {
      fs.unlinkSync(t);
    } catch {
      // not created yet, or already gone
    }
  }
  live.clear();
}

/** The temporary name beside `path` (hidden, with the process id so two runs never share one). */
export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
}

function statOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch (e) {
    if (isFsError(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
}

/** Refuses early (before the work of making the content) an output folder that is a file or a device. */
export function checkFolderUsable(dir: string): void {
  const st = statOrUndefined(dir);
  if (st && !st.isDirectory()) throw new OutputError(`cannot write into ${dir}: it is ${st.isFile() ? 'a file' : 'a device or special file'}, not a folder`);
}

/**
 * Makes sure `dir` is a folder that can be written into, creating it (and its parents) if needed. A file in the way,
 * a read-only disk … are one-line refusals.
 */
export function ensureFolder(dir: string): void {
  checkFolderUsable(dir);
  if (statOrUndefined(dir)) return;
  try {
    outputFs.mkdir(dir, true);
  } catch (e) {
    const real = isFsError(e) && e.code === 'ENOENT' ? mkdirErrorOfFirstMissing(dir) ?? e : e;
    if (isFsError(real)) throw new OutputError(`cannot create the folder ${dir}: ${fsReason(real.code)}`);
    throw real;
  }
}

/**
 * Node's recursive mkdir says ENOENT for a folder it may not create (on a read-only disk, EROFS): the first missing
 * folder, made without recursion, gives the real reason.
 */
function mkdirErrorOfFirstMissing(dir: string): unknown {
  let missing = dir;
  while (dirname(missing) !== missing && !statOrUndefined(dirname(missing))) missing = dirname(missing);
  try {
    outputFs.mkdir(missing, false);
    fs.rmdirSync(missing); // it could be made after all: leave nothing behind, report the first error
    return undefined;
  } catch (e) {
    return e;
  }
}

/** The refusal for an output name already taken (a folder, or a file without --force). */
function refuseExisting(path: string, st: fs.Stats): never {
  if (st.isDirectory()) throw new OutputError(`${path} is a folder; give the name of the file to write`);
  throw new OutputError(`${path} already exists; give --force to replace it`);
}

/** Refuses early (before the work of making the content) an output name already taken, unless `force`. */
export function checkOutputFree(path: string, opts: OutputOptions): void {
  const existing = statOrUndefined(path);
  if (existing && (existing.isDirectory() || !opts.force)) refuseExisting(path, existing);
}

/**
 * Writes `path` through a temporary file: `write(tmpPath)` writes the whole content to the path it is given; then the
 * file is synced and renamed over `path` (with `force`) or linked to it only if the name is still free (without). On
 * any failure the temporary file is removed and the error is a one-line OutputError naming `path`.
 */
export async function writeOutput(path: string, opts: OutputOptions, write: (tmpPath: string) => Promise<void>): Promise<void> {
  checkOutputFree(path, opts);
  const tmp = temporaryNameFor(path);
  live.add(tmp);
  try {
    await write(tmp);
    await outputFs.fsync(tmp);
    if (opts.force) await outputFs.rename(tmp, path);
    else await placeIfFree(tmp, path);
    syncFolder(dirname(path));
  } catch (e) {
    await removeQuietly(tmp);
    if (e instanceof UsageError) throw e;
    if (isFsError(e)) {
      const taken = e.code === 'EEXIST' ? statOrUndefined(path) : undefined;
      if (taken) refuseExisting(path, taken); // another program took the name meanwhile
      throw new OutputError(`cannot write ${path}: ${fsReason(e.code)}`);
    }
    throw e;
  } finally {
    live.delete(tmp);
  }
}

/** Without --force: the temporary file takes the final name only if nobody has it (a hard link refuses, atomically). */
async function placeIfFree(tmp: string, path: string): Promise<void> {
  try {
    await outputFs.link(tmp, path);
  } catch (e) {
    // some disks (FAT USB sticks, some network shares) have no hard links: check, then rename
    if (isFsError(e) && ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(e.code)) {
      const st = statOrUndefined(path);
      if (st) refuseExisting(path, st);
      await outputFs.rename(tmp, path);
      return;
    }
    throw e;
  }
  await removeQuietly(tmp);
}

/** The rename is durable only once the folder is synced; not every system allows it (best effort). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows and some file systems cannot open or sync a folder: the file is written all the same
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await outputFs.unlink(path);
  } catch {
    // never created, or already gone
  }
}
