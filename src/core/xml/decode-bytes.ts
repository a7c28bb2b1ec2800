import { IlrReadError } from './read-xml';

/**
 * Turns the bytes of an XML file into text, chunk by chunk, the way libxml2 would: a byte-order mark
 * (UTF-8, UTF-16) decides; otherwise the XML declaration's encoding (UTF-8 when it has none).
 * UTF-8, UTF-16, ISO-8859-1 (Latin-1), Windows-1252 and US-ASCII are read; any other declared encoding
 * is refused. A byte sequence that is not valid in the encoding is an error at its line, never U+FFFD.
 */
export class XmlByteDecoder {
  private head: Uint8Array | undefined = new Uint8Array(0);
  private decode: ((bytes: Uint8Array, last: boolean) => string) | undefined;
  /** Lines of text given out so far (to place an encoding error). */
  private lines = 1;
  /** Bytes of an incomplete UTF-8 sequence at the end of the last chunk. */
  private carry: Uint8Array = new Uint8Array(0);
  encoding = '';

  write(bytes: Uint8Array): string {
    if (this.head) {
      const joined = concat(this.head, bytes);
      // wait for the XML declaration (it ends with "?>" within the first few hundred bytes)
      if (joined.length < 512 && !hasDeclEnd(joined)) {
        this.head = joined;
        return '';
      }
      this.head = undefined;
      return this.start(joined, false);
    }
    return this.count(this.decode!(bytes, false));
  }

  end(): string {
    if (this.head) {
      const joined = this.head;
      this.head = undefined;
      return this.start(joined, true);
    }
    return this.count(this.decode!(new Uint8Array(0), true));
  }

  private start(bytes: Uint8Array, last: boolean): string {
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.encoding = 'utf-8';
      body = bytes.subarray(3);
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.encoding = 'utf-16le';
      body = bytes.subarray(2);
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.encoding = 'utf-16be';
      body = bytes.subarray(2);
    } else if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) {
      this.encoding = 'utf-16le';
    } else if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) {
      this.encoding = 'utf-16be';
    } else {
      const declared = declaredEncoding(bytes);
      this.encoding = declared === undefined ? 'utf-8' : canonical(declared);
    }
    this.decode = this.decoderFor(this.encoding);
    return this.count(this.decode(body, last));
  }

  private decoderFor(encoding: string): (bytes: Uint8Array, last: boolean) => string {
    switch (encoding) {
      case 'utf-8':
        return (b, last) => this.utf8(b, last, false);
      case 'us-ascii':
        return (b, last) => this.utf8(b, last, true);
      case 'iso-8859-1':
        return (b) => latin1(b);
      case 'windows-1252': {
        const d = new TextDecoder('windows-1252');
        return (b, last) => d.decode(b, { stream: !last });
      }
      case 'utf-16le':
      case 'utf-16be': {
        const d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
        return (b, last) => {
          try {
            return d.decode(b, { stream: !last });
          } catch {
            throw new IlrReadError(`line ${this.lines}: the file is not valid ${encoding.toUpperCase()} text near here (a broken character)`, this.lines);
          }
        };
      }
      default:
        throw new IlrReadError(
          `line 1: the file says its encoding is "${encoding}", which ILR Workbench cannot read; save it as UTF-8 (the ILR's encoding), ISO-8859-1 or Windows-1252`,
          1,
        );
    }
  }

  private readonly utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  private utf8(bytes: Uint8Array, last: boolean, asciiOnly: boolean): string {
    const all = this.carry.length ? concat(this.carry, bytes) : bytes;
    const cut = last ? all.length : completeUpTo(all);
    this.carry = all.slice(cut);
    const part = all.subarray(0, cut);
    const bad = asciiOnly ? part.findIndex((b) => b >= 0x80) : -1;
    if (bad >= 0) this.badByte(part, bad, 'US-ASCII');
    try {
      return this.utf8Decoder.decode(part);
    } catch {
      this.badByte(part, firstInvalidUtf8(part), 'UTF-8');
    }
  }

  private badByte(part: Uint8Array, at: number, encoding: string): never {
    let line = this.lines;
    for (let i = 0; i < at; i++) if (part[i] === 0x0a) line++;
    const hex = Array.from(part.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
    throw new IlrReadError(
      `line ${line}: the file is not valid ${encoding} text here (bytes ${hex}); it was probably saved in another encoding (e.g. Windows-1252) without saying so in its XML declaration`,
      line,
    );
  }

  private count(s: string): string {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.lines++;
    return s;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function hasDeclEnd(b: Uint8Array): boolean {
  for (let i = 1; i < b.length; i++) if (b[i] === 0x3e) return true;
  return false;
}

/** The encoding named in an ASCII-compatible XML declaration, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += String.fromCharCode(bytes[i]!);
    if (bytes[i] === 0x3e) break;
  }
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*(["'])([^"']*)\1/.exec(s);
  return m ? m[2] : undefined;
}

function canonical(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'utf-16' || n === 'utf16') return 'utf-16';
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'iso-latin-1', 'l1', 'iso-ir-100', 'cp819', 'ibm819'].includes(n)) return 'iso-8859-1';
  if (['windows-1252', 'cp1252', 'x-cp1252'].includes(n)) return 'windows-1252';
  if (['us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us'].includes(n)) return 'us-ascii';
  return name;
}

/** Every byte is its own character (true ISO-8859-1, not the WHATWG alias for Windows-1252). */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Length of the prefix that ends on a whole UTF-8 character (the rest waits for the next chunk). */
function completeUpTo(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const c = b[n - back]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that does not start (or continue) a valid UTF-8 character. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** Decodes a whole file's bytes (see XmlByteDecoder). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const d = new XmlByteDecoder();
  return d.write(bytes) + d.end();
}
