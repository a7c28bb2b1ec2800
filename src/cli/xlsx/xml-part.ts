import { SaxesParser, type SaxesTag } from 'saxes';
import { StringDecoder } from 'node:string_decoder';
import { NotWorkbookError, type ZipParts } from './zip-parts';

/**
 * One XML part of a package parsed as a stream of events (saxes, no DOM): element names without their namespace
 * prefix (some tools write <x:row>), attributes by local name. A part that cannot be unpacked or is not well-formed
 * XML is a NotWorkbookError naming the part.
 */

export interface PartHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function localAttrs(attrs: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const k in attrs) if (k.includes(':')) prefixed = true;
  if (!prefixed) return attrs;
  const out: Record<string, string> = {};
  for (const k in attrs) {
    const l = localName(k);
    // r:id and id: the prefixed one (a relationship id) wins over a plain attribute of the same local name.
    if (!(l in out) || k.includes(':')) out[l] = attrs[k]!;
  }
  return out;
}

export async function parsePart(zip: ZipParts, part: string, h: PartHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failed: Error | undefined;
  parser.on('error', (e) => {
    failed ??= e;
  });
  if (h.open) parser.on('opentag', (t: SaxesTag) => h.open!(localName(t.name), localAttrs(t.attributes as Record<string, string>)));
  if (h.close) parser.on('closetag', (t: SaxesTag) => h.close!(localName(t.name)));
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  const damaged = () => new NotWorkbookError(`its part ${part} is damaged`);
  const decoder = new StringDecoder('utf8');
  try {
    const stream = await zip.stream(part);
    for await (const chunk of stream) {
      parser.write(decoder.write(chunk as Buffer));
      if (failed) {
        stream.destroy();
        break;
      }
    }
    if (!failed) parser.write(decoder.end()).close();
  } catch (e) {
    if (e instanceof NotWorkbookError) throw e;
    if (failed) throw damaged();
    // A stream error (data that does not inflate) or a handler's own error (kept as it is: it is a bug, not the file).
    if ((e as NodeJS.ErrnoException).code?.startsWith('Z_') || (e as NodeJS.ErrnoException).errno !== undefined) throw damaged();
    throw e;
  }
  if (failed) throw damaged();
}
