import type { ElementDecl } from '../schema/model';
import { newRecord, addChild, setField, type IlrMessage, type IlrRecord } from '../model/record';
import { years as defaultYears, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';
import { createSafeParser, DoctypeRefusedError, type NsParser } from './safe-sax';

export class IlrReadError extends Error {
  constructor(message: string, public readonly line?: number) {
    super(message);
    this.name = 'IlrReadError';
  }
}

interface Open {
  name: string;
  line: number;
  decl: ElementDecl | undefined;
  record?: IlrRecord;
  text: string;
  hasElementChild: boolean;
}

/**
 * Reads an ILR XML file into the model, streaming: feed it chunks with write(), then close().
 * The year comes from the root element's namespace. Every element and value is kept as written
 * (unknown elements too); comments and layout whitespace are not. A DOCTYPE is refused unread.
 */
export class IlrXmlReader {
  private readonly parser: NsParser;
  private readonly stack: Open[] = [];
  private message: IlrMessage | undefined;
  private year: IlrYear | undefined;

  constructor(private readonly registry: YearRegistry = defaultYears) {
    this.parser = createSafeParser();
    this.parser.on('opentag', (tag) => this.open(tag.local, tag.uri));
    this.parser.on('text', (t) => {
      const top = this.stack[this.stack.length - 1];
      if (top) top.text += t;
    });
    this.parser.on('cdata', (t) => {
      const top = this.stack[this.stack.length - 1];
      if (top) top.text += t;
    });
    this.parser.on('closetag', () => this.close());
  }

  private open(name: string, uri: string): void {
    const line = this.parser.line;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (name !== 'Message') throw new IlrReadError(`line ${line}: the root element is <${name}>, not an ILR <Message>`, line);
      try {
        this.year = this.registry.byNamespace(uri);
      } catch (e) {
        throw new IlrReadError(`line ${line}: ${(e as Error).message}`, line);
      }
      const root = newRecord('Message', { line });
      this.message = { year: this.year, root };
      this.stack.push({ name, line, decl: this.year.schema.root, record: root, text: '', hasElementChild: false });
      return;
    }
    if (uri !== this.year!.namespace) {
      throw new IlrReadError(`line ${line}: element <${name}> is in namespace "${uri}", not the file's ILR namespace "${this.year!.namespace}"`, line);
    }
    parent.hasElementChild = true;
    if (!parent.record) this.promote(parent);
    const decl = parent.decl?.children?.find((c) => c.name === name);
    const entry: Open = { name, line, decl, text: '', hasElementChild: false };
    if (decl?.children) entry.record = addChild(parent.record!, newRecord(name, { line }));
    this.stack.push(entry);
  }

  /** An element the schema does not know turned out to have children: it becomes a record. */
  private promote(entry: Open): void {
    const parent = this.stack[this.stack.length - 2]!;
    entry.record = addChild(parent.record!, newRecord(entry.name, { line: entry.line }));
  }

  private close(): void {
    const entry = this.stack.pop()!;
    if (entry.record) return;
    const parent = this.stack[this.stack.length - 1]!;
    const rec = parent.record!;
    if (rec.fields[entry.name] !== undefined) {
      throw new IlrReadError(`line ${entry.line}: <${entry.name}> appears more than once in the same <${rec.name}> (first at ${describeLine(rec.fields[entry.name]!.loc)}); the ILR allows it once`, entry.line);
    }
    setField(rec, entry.name, entry.text, { line: entry.line });
  }

  private started = false;

  write(chunk: string): this {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // byte-order mark
    }
    try {
      this.parser.write(chunk);
    } catch (e) {
      throw this.wrap(e);
    }
    return this;
  }

  finish(): IlrMessage {
    try {
      this.parser.close();
    } catch (e) {
      throw this.wrap(e);
    }
    if (!this.message) throw new IlrReadError('the file has no ILR <Message> element');
    return this.message;
  }

  private wrap(e: unknown): Error {
    if (e instanceof IlrReadError) return e;
    if (e instanceof DoctypeRefusedError) return new IlrReadError(e.message, e.line);
    const msg = (e as Error).message ?? String(e);
    return new IlrReadError(`the file is not well-formed XML: ${msg}`, this.parser.line);
  }
}

function describeLine(loc: unknown): string {
  return loc && typeof loc === 'object' && 'line' in loc ? `line ${(loc as { line: number }).line}` : 'earlier';
}

/** Reads a whole ILR XML text (or an iterable of chunks). */
export function readIlrXml(input: string | Iterable<string>, registry: YearRegistry = defaultYears): IlrMessage {
  const reader = new IlrXmlReader(registry);
  if (typeof input === 'string') reader.write(input);
  else for (const c of input) reader.write(c);
  return reader.finish();
}
