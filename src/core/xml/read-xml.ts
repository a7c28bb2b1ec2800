import { SharedTexts } from '../model/shared-texts';
import type { ElementDecl } from '../schema/model';
import { newRecord, addChild, type IlrMessage, type IlrRecord, type Location, type Value } from '../model/record';
import { years as defaultYears, type YearRegistry } from '../years/registry';
import type { IlrYear } from '../years/year';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
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
  /** Position in the parent's XSD sequence of the last known child seen (to notice elements out of order). */
  lastIndex: number;
}

/** What the reader put right without losing anything, for a note to the user. */
export interface ReadNormalisation {
  /** Elements that came before a sibling the XSD puts ahead of them; the writer puts them in the XSD's order. */
  outOfOrder: number;
  /** The first such element and its line. */
  firstOutOfOrder?: { element: string; line: number };
  /** Number and date values with spaces or line breaks around them (kept as read; the writer writes them collapsed). */
  spaced: number;
  firstSpaced?: { element: string; line: number };
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** xsi attributes that are hints only (libxml2 ignores them when it is given the schema): accepted anywhere. */
const XSI_HINTS = new Set(['schemaLocation', 'noNamespaceSchemaLocation']);

/** The saxes fields that grow while a value, name or attribute list is being read (not in its typings). */
interface SaxesInternals {
  text: string;
  name: string;
  attribList: unknown[];
}

/** How much of a string is fed to the parser at once, so the size limits are checked between pieces. */
const PIECE = 1 << 20;

/**
 * Reads an ILR XML file into the model, streaming: feed it chunks with write(), then finish().
 * The year comes from the root element's namespace. Every element and value is kept as written
 * (unknown elements too); comments and layout whitespace are not. What cannot be kept is refused
 * naming its line, as libxml2 would refuse it: a DOCTYPE (unread), attributes (ILR XSDs declare none),
 * an element inside a value, text between a record's elements; so is anything over the read limits.
 */
export class IlrXmlReader {
  private readonly parser: NsParser;
  private readonly stack: Open[] = [];
  private message: IlrMessage | undefined;
  private year: IlrYear | undefined;
  private readonly limits: ReadLimits;
  private elements = 0;
  readonly normalised: ReadNormalisation = { outOfOrder: 0, spaced: 0 };

  constructor(private readonly registry: YearRegistry = defaultYears, limits: Partial<ReadLimits> = {}) {
    this.limits = { ...DEFAULT_READ_LIMITS, ...limits };
    this.parser = createSafeParser();
    this.parser.on('opentag', (tag) => this.open(tag.local, tag.uri, tag.attributes));
    this.parser.on('text', (t) => this.addText(t));
    this.parser.on('cdata', (t) => this.addText(t));
    this.parser.on('closetag', () => this.close());
  }

  private addText(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.text.length + t.length > this.limits.maxValueLength) this.tooLong(top);
    top.text += t;
  }

  private tooLong(top: Open | undefined): never {
    const where = top ? `line ${top.line}: the text of <${top.name}>` : `line ${this.parser.line}: a name, comment or text`;
    const line = top ? top.line : this.parser.line;
    throw new IlrReadError(
      `${where} is longer than ${this.limits.maxValueLength.toLocaleString('en-GB')} characters; far longer than any ILR field can be, so the file was refused without reading the rest`,
      line,
    );
  }

  private open(name: string, uri: string, attributes: Record<string, { prefix: string; local: string; uri: string }>): void {
    const line = this.parser.line;
    if (++this.elements > this.limits.maxElements) {
      throw new IlrReadError(`line ${line}: the file has more than ${this.limits.maxElements.toLocaleString('en-GB')} elements, far more than any ILR return; refused`, line);
    }
    if (this.stack.length >= this.limits.maxDepth) {
      throw new IlrReadError(
        `line ${line}: <${name}> is nested ${this.stack.length + 1} elements deep; an ILR file nests about 6 deep and no more than ${this.limits.maxDepth} are read, so the file was refused`,
        line,
      );
    }
    this.checkAttributes(name, line, attributes);
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
      this.stack.push({ name, line, decl: this.year.schema.root, record: root, text: '', hasElementChild: false, lastIndex: -1 });
      return;
    }
    if (uri !== this.year!.namespace) {
      throw new IlrReadError(`line ${line}: element <${name}> is in namespace "${uri}", not the file's ILR namespace "${this.year!.namespace}"`, line);
    }
    if (parent.decl && !parent.decl.children) {
      throw new IlrReadError(
        `line ${line}: <${parent.name}>${parent.line === line ? '' : ` (line ${parent.line})`} holds a value, but it contains an element <${name}>; the ILR allows only text in <${parent.name}>, so the file was refused rather than the value dropped`,
        line,
      );
    }
    this.noTextBetween(parent);
    parent.hasElementChild = true;
    if (!parent.record) this.promote(parent);
    const children = parent.decl?.children;
    const index = children ? children.findIndex((c) => c.name === name) : -1;
    const decl = index >= 0 ? children![index] : undefined;
    if (index >= 0) {
      if (index < parent.lastIndex) {
        if (this.normalised.outOfOrder++ === 0) this.normalised.firstOutOfOrder = { element: name, line };
      } else parent.lastIndex = index;
    }
    const entry: Open = { name, line, decl, text: '', hasElementChild: false, lastIndex: -1 };
    if (decl?.children) entry.record = addChild(parent.record!, newRecord(name, { line }));
    this.stack.push(entry);
  }

  private checkAttributes(name: string, line: number, attributes: Record<string, { prefix: string; local: string; uri: string }>): void {
    for (const [qname, a] of Object.entries(attributes)) {
      if (qname === 'xmlns' || a.prefix === 'xmlns' || a.uri === XMLNS) continue;
      if (a.uri === XSI && XSI_HINTS.has(a.local)) continue;
      throw new IlrReadError(
        `line ${line}: <${name}> has an attribute ${qname}; the ILR XSD declares no attributes, so the file was refused rather than the attribute dropped`,
        line,
      );
    }
  }

  /** A record's text must be layout whitespace only: anything else would be lost (libxml2 refuses it too). */
  private noTextBetween(entry: Open): void {
    if (entry.text.length === 0) return;
    if (/\S/.test(entry.text)) {
      throw new IlrReadError(
        `line ${entry.line}: <${entry.name}> has text between its elements; the ILR allows only elements there, so the file was refused rather than the text dropped`,
        entry.line,
      );
    }
    entry.text = '';
  }

  /** An element the schema does not know turned out to have children: it becomes a record. */
  private promote(entry: Open): void {
    const parent = this.stack[this.stack.length - 2]!;
    entry.record = addChild(parent.record!, newRecord(entry.name, { line: entry.line }));
  }

  private close(): void {
    const entry = this.stack.pop()!;
    if (entry.record) {
      this.noTextBetween(entry);
      return;
    }
    const parent = this.stack[this.stack.length - 1]!;
    const rec = parent.record!;
    if (rec.fields[entry.name] !== undefined) {
      throw new IlrReadError(`line ${entry.line}: <${entry.name}> appears more than once in the same <${rec.name}> (first at ${describeLine(rec.fields[entry.name]!.loc)}); the ILR allows it once`, entry.line);
    }
    const base = entry.decl?.simple?.base;
    if (base !== undefined && base !== 'string' && /^[ \t\r\n]|[ \t\r\n]$/.test(entry.text)) {
      if (this.normalised.spaced++ === 0) this.normalised.firstSpaced = { element: entry.name, line: entry.line };
    }
    rec.fields[entry.name] = new XmlValue(this.texts.text(entry.name, entry.text), entry.line);
  }

  /** One string for each repeated value of an element; an element stops being shared after 1,000 distinct values. */
  private readonly texts = new SharedTexts();

  private started = false;

  write(chunk: string): this {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // byte-order mark
    }
    for (let i = 0; i < chunk.length; i += PIECE) {
      const piece = chunk.length <= PIECE ? chunk : chunk.slice(i, i + PIECE);
      try {
        this.parser.write(piece);
      } catch (e) {
        throw this.wrap(e);
      }
      this.checkPending();
    }
    return this;
  }

  /** Text, a name or an attribute list still being read by the parser must stay within the limits too. */
  private checkPending(): void {
    const p = this.parser as unknown as SaxesInternals;
    const top = this.stack[this.stack.length - 1];
    const max = this.limits.maxValueLength;
    if ((p.text?.length ?? 0) + (top?.text.length ?? 0) > max || (p.name?.length ?? 0) > max) this.tooLong(top);
    if ((p.attribList?.length ?? 0) > 1000) {
      throw new IlrReadError(`line ${this.parser.line}: an element has more than 1,000 attributes; the ILR XSD declares none, so the file was refused`, this.parser.line);
    }
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

  /** Notes for the user about what was put right (nothing is lost by it). */
  notes(): string[] {
    const n = this.normalised;
    const out: string[] = [];
    if (n.outOfOrder) {
      const first = n.firstOutOfOrder!;
      out.push(
        `${n.outOfOrder} element${n.outOfOrder === 1 ? ' was' : 's were'} not in the order the XSD requires (the first, <${first.element}>, at line ${first.line}); the written file puts them in the XSD's order`,
      );
    }
    if (n.spaced) {
      const first = n.firstSpaced!;
      out.push(
        `${n.spaced} number or date value${n.spaced === 1 ? ' has' : 's have'} spaces or line breaks around ${n.spaced === 1 ? 'it' : 'them'} (the first, <${first.element}>, at line ${first.line}); the XSD ignores them but older checkers (libxml2 2.9) refuse them, so ilr xml writes them without`,
      );
    }
    return out;
  }

  private wrap(e: unknown): Error {
    if (e instanceof IlrReadError) return e;
    if (e instanceof DoctypeRefusedError) return new IlrReadError(e.message, e.line);
    const msg = (e as Error).message ?? String(e);
    return new IlrReadError(`the file is not well-formed XML: ${msg}`, this.parser.line);
  }
}

/**
 * A value read from XML: its text and line. The location object is made when asked for (rules ask only for the few
 * values they report), not held for each of the millions of values of a large file.
 */
class XmlValue implements Value {
  readonly #line: number;
  constructor(public text: string, line: number) {
    this.#line = line;
  }
  get loc(): Location {
    return { line: this.#line };
  }
}

function describeLine(loc: unknown): string {
  return loc && typeof loc === 'object' && 'line' in loc ? `line ${(loc as { line: number }).line}` : 'earlier';
}

/** Reads a whole ILR XML text (or an iterable of chunks). */
export function readIlrXml(input: string | Iterable<string>, registry: YearRegistry = defaultYears, limits: Partial<ReadLimits> = {}): IlrMessage {
  const reader = new IlrXmlReader(registry, limits);
  if (typeof input === 'string') reader.write(input);
  else for (const c of input) reader.write(c);
  return reader.finish();
}
