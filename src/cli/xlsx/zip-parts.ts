import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * The parts (files) of an .xlsx package, read from its zip central directory, each streamed and inflated on demand
 * with Node's zlib: nothing but the directory is held in memory. Every way a file can fail to be a package is a
 * NotWorkbookError whose reason is plain English (no zip-library text).
 */

export class NotWorkbookError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  flags: number;
}

interface Source {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

const DAMAGED = 'it is damaged, truncated or another kind of file';

async function fileSource(path: string): Promise<Source> {
  const fh: FileHandle = await open(path, 'r');
  const size = (await fh.stat()).size;
  return {
    size,
    async read(position, length) {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buf, 0, length, position);
      return buf.subarray(0, bytesRead);
    },
    stream: (start, end) => (end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: 256 * 1024 }) : Readable.from([])),
    close: () => fh.close(),
  };
}

function bufferSource(data: Buffer): Source {
  return {
    size: data.length,
    read: async (position, length) => data.subarray(position, position + length),
    stream: (start, end) => Readable.from([data.subarray(start, end)]),
    close: async () => undefined,
  };
}

/** The 64-bit values of a zip64 extra field (id 1), in the order the 0xFFFFFFFF fields appear. */
function zip64Values(extra: Buffer, wanted: number): number[] {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      const out: number[] = [];
      for (let i = 0; i < wanted && p + 4 + 8 * (i + 1) <= p + 4 + len; i++) out.push(Number(extra.readBigUInt64LE(p + 4 + 8 * i)));
      return out;
    }
    p += 4 + len;
  }
  return [];
}

export class ZipParts {
  private constructor(
    private readonly source: Source,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(input: string | Buffer): Promise<ZipParts> {
    const source = typeof input === 'string' ? await fileSource(input) : bufferSource(input);
    try {
      return new ZipParts(source, await readDirectory(source));
    } catch (e) {
      await source.close();
      throw e;
    }
  }

  close(): Promise<void> {
    return this.source.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, inflated, as a stream (its errors are the reader's to word: see parsePart). */
  async stream(name: string): Promise<Readable> {
    const e = this.entries.get(name);
    if (!e) throw new NotWorkbookError(`it has no part ${name}`);
    if (e.flags & 1) throw new NotWorkbookError('it is encrypted');
    const head = await this.source.read(e.localOffset, 30);
    if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) throw new NotWorkbookError(`${DAMAGED} (part ${name})`);
    const start = e.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    const raw = this.source.stream(start, start + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new NotWorkbookError(`part ${name} is compressed in a way Excel does not use`);
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    raw.on('error', (err) => inflate.destroy(err));
    return raw.pipe(inflate);
  }
}

async function readDirectory(source: Source): Promise<Map<string, ZipEntry>> {
  const head = await source.read(0, 8);
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) {
    throw new NotWorkbookError('it is a password-protected workbook or an old-style .xls file; save it in Excel as an .xlsx workbook without a password');
  }
  if (source.size < 22) throw new NotWorkbookError(source.size === 0 ? 'the file is empty' : DAMAGED);
  const tailLen = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLen, tailLen);
  let eocd = -1;
  for (let p = tail.length - 22; p >= 0; p--) {
    if (tail.readUInt32LE(p) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new NotWorkbookError(DAMAGED);
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if ((cdOffset === 0xffffffff || count === 0xffff) && eocd >= 20 && tail.readUInt32LE(eocd - 20) === 0x07064b50) {
    const z64 = Number(tail.readBigUInt64LE(eocd - 12));
    const rec = await source.read(z64, 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== 0x06064b50) throw new NotWorkbookError(DAMAGED);
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > source.size) throw new NotWorkbookError(DAMAGED);
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new NotWorkbookError(DAMAGED);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen).replace(/\\/g, '/').replace(/^\//, '');
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const vals = zip64Values(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), 3);
      if (size === 0xffffffff) size = vals.shift() ?? size;
      if (compressedSize === 0xffffffff) compressedSize = vals.shift() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = vals.shift() ?? localOffset;
    }
    if (localOffset + compressedSize > source.size) throw new NotWorkbookError(DAMAGED);
    entries.set(name, { name, method, compressedSize, size, localOffset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
