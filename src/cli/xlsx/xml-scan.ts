import { StringDecoder } from 'node:string_decoder';
import { NotWorkbookError, type ZipParts } from './zip-parts';

/**
 * A fast scanner for the one big kind of part, worksheet XML: tags and text, element names without their namespace
 * prefix, attributes fetched on demand from the tag's text (only <row>, <c> and <mergeCell> need any). Text has its
 * entities and character references decoded; comments, processing instructions and the declaration are skipped;
 * CDATA is text. It does not check that tags nest (saxes does that for the small parts): a worksheet that inflates
 * completely is taken as written, and one that does not is a NotWorkbookError naming the part.
 */

export interface ScanHandlers {
  /** `tag` is the start tag's text after its name (its attributes), for attr(). */
  open(name: string, tag: string): void;
  close(name: string): void;
  text(text: string): void;
}

const ATTR_CACHE = new Map<string, RegExp>();

/** An attribute's value in a start tag's text, by its exact (unprefixed) name. */
export function attr(tag: string, name: string): string | undefined {
  if (tag.length === 0) return undefined;
  let re = ATTR_CACHE.get(name);
  if (!re) ATTR_CACHE.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]!) : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** The index of the '>' that ends the tag starting at lt (quotes respected), or -1 when it is not in buf yet. */
function tagEnd(buf: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** Consumes what can be scanned of buf; returns the index of the first character not yet consumed. */
function scan(buf: string, h: ScanHandlers): number {
  let i = 0;
  for (;;) {
    const lt = buf.indexOf('<', i);
    if (lt < 0) {
      // Text running on past this chunk (a long value): hand it on now, short of an entity cut in two.
      const amp = buf.lastIndexOf('&');
      const end = amp >= i && buf.indexOf(';', amp) < 0 ? amp : buf.length;
      if (end > i) h.text(decodeEntities(buf.slice(i, end)));
      return end;
    }
    if (lt > i) h.text(decodeEntities(buf.slice(i, lt)));
    i = lt;
    const next = buf.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        if (end < 0) return i;
        i = end + 3;
      } else if (buf.startsWith('<![CDATA[', lt)) {
        const end = buf.indexOf(']]>', lt + 9);
        if (end < 0) return i;
        h.text(buf.slice(lt + 9, end));
        i = end + 3;
      } else {
        const end = tagEnd(buf, lt);
        if (end < 0) return i;
        i = end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = buf.indexOf('?>', lt + 2);
      if (end < 0) return i;
      i = end + 2;
      continue;
    }
    const gt = tagEnd(buf, lt);
    if (gt < 0) return i;
    if (next === 47 /* / */) {
      h.close(localName(buf.slice(lt + 2, gt).trim()));
    } else {
      const selfClosing = buf.charCodeAt(gt - 1) === 47;
      const inner = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let n = 0;
      while (n < inner.length) {
        const c = inner.charCodeAt(n);
        if (c === 32 || c === 9 || c === 10 || c === 13) break;
        n++;
      }
      const name = localName(inner.slice(0, n));
      h.open(name, n < inner.length ? inner.slice(n) : '');
      if (selfClosing) h.close(name);
    }
    i = gt + 1;
  }
}

const MAX_TAG = 1 << 20;

export async function scanPart(zip: ZipParts, part: string, h: ScanHandlers): Promise<void> {
  const damaged = () => new NotWorkbookError(`its part ${part} is damaged`);
  const decoder = new StringDecoder('utf8');
  let buf = '';
  try {
    const stream = await zip.stream(part);
    for await (const chunk of stream) {
      buf += decoder.write(chunk as Buffer);
      const used = scan(buf, h);
      buf = used === buf.length ? '' : buf.slice(used);
      // Only a tag is left unconsumed, and Excel's tags are short (user data is text, never an attribute).
      if (buf.length > MAX_TAG) throw damaged();
    }
    buf += decoder.end();
    if (buf.length) buf = buf.slice(scan(buf, h));
  } catch (e) {
    if (e instanceof NotWorkbookError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code?.startsWith('Z_') || err.errno !== undefined) throw damaged();
    throw e;
  }
  if (buf.trim().length) throw damaged();
}
