import type { ElementDecl } from '../schema/model';
import type { IlrMessage, IlrRecord, Location, Value } from '../model/record';
import { text } from '../model/access';
import { DESTINATION_ENTITY } from '../years/registry';
import type { IlrYear } from '../years/year';
import { escapeXml } from './escape';

export interface LeftOut {
  /** Element path, e.g. "Message/LearnerDestinationandProgression". */
  path: string;
  count: number;
  reason: string;
}

/** A value the writer wrote differently from how it was held (only whitespace the XSD collapses anyway). */
export interface Normalised {
  /** Element name, e.g. "ULN". */
  element: string;
  loc?: Location;
}

/** What the writer did besides writing: what it left out, and where each learner starts (to map validation errors back). */
export interface WriteReport {
  leftOut: LeftOut[];
  /** 1-based line number of each Learner / LearnerDestinationandProgression start tag, in file order. */
  recordLines: { line: number; entity: string; learnRefNumber: string }[];
  learners: number;
  deliveries: number;
  destinations: number;
  /**
   * Number, date and date-time values with spaces or line breaks around (or runs inside) them, written collapsed:
   * the XSD's whitespace facet for these types is "collapse", but libxml2 before 2.10 (Debian's 2.9) and possibly the
   * submission service refuse the uncollapsed text. `normalisedCount` counts all; `normalised` keeps the first 100.
   */
  normalised: Normalised[];
  normalisedCount: number;
}

export function emptyReport(): WriteReport {
  return { leftOut: [], recordLines: [], learners: 0, deliveries: 0, destinations: 0, normalised: [], normalisedCount: 0 };
}

const INDENT = '\t';
const KEEP_NORMALISED = 100;

type Item = { field: string; value: Value; decl: ElementDecl | undefined } | { record: IlrRecord; decl: ElementDecl | undefined };

/**
 * The children of a record in the order the XSD wants them. What the schema does not know comes after the
 * known elements (so the XSD check names it rather than it vanishing); the one thing left out is
 * Destination and Progression for a year whose XSD has no such entity, which goes into the report.
 */
function orderedItems(rec: IlrRecord, decl: ElementDecl | undefined, year: IlrYear, report: WriteReport, isRoot: boolean): Item[] {
  const items: Item[] = [];
  const known = new Set<string>();
  for (const child of decl?.children ?? []) {
    known.add(child.name);
    if (child.children) {
      for (const r of rec.children[child.name] ?? []) items.push({ record: r, decl: child });
    } else {
      const v = rec.fields[child.name];
      if (v !== undefined) items.push({ field: child.name, value: v, decl: child });
    }
  }
  for (const [name, v] of Object.entries(rec.fields)) if (!known.has(name)) items.push({ field: name, value: v, decl: undefined });
  for (const [name, list] of Object.entries(rec.children)) {
    if (known.has(name)) continue;
    if (isRoot && name === DESTINATION_ENTITY && !year.hasDestinations) {
      if (list.length) {
        report.leftOut.push({
          path: `Message/${name}`,
          count: list.length,
          reason: `the ${year.label} ILR has no Learner Destination and Progression entity (it was removed from 2024-25), so ${list.length} destination record${list.length === 1 ? ' is' : 's are'} kept in the workbook but not written to the file`,
        });
      }
      continue;
    }
    for (const r of list) items.push({ record: r, decl: undefined });
  }
  return items;
}

const COLLAPSE = /^[ \t\r\n]|[ \t\r\n]$|[ \t\r\n]{2}|[\t\r\n]/;

/**
 * The text written for a value: as held, except that for a non-string XSD type (numbers, dates) whitespace is
 * collapsed as the XSD says it is (libxml2 2.9 and perhaps the submission service do not do it themselves).
 */
function written(value: Value, decl: ElementDecl | undefined): { text: string; changed: boolean } {
  const t = value.text;
  if (!decl?.simple || decl.simple.base === 'string' || !COLLAPSE.test(t)) return { text: t, changed: false };
  return { text: t.replace(/[ \t\r\n]+/g, ' ').trim(), changed: true };
}

/** What the walk over the message tells whoever is writing or counting lines. */
interface Sink {
  field(name: string, text: string, depth: number, value: Value): void;
  open(rec: IlrRecord, depth: number): void;
  close(rec: IlrRecord, depth: number): void;
}

/** Writes one item (and everything inside it) to the sink in schema order. */
function walkItem(item: Item, depth: number, year: IlrYear, report: WriteReport, sink: Sink): void {
  if ('field' in item) {
    const w = written(item.value, item.decl);
    if (w.changed) {
      if (report.normalisedCount++ < KEEP_NORMALISED) report.normalised.push({ element: item.field, ...(item.value.loc ? { loc: item.value.loc } : {}) });
    }
    sink.field(item.field, w.text, depth, item.value);
    return;
  }
  sink.open(item.record, depth);
  for (const child of orderedItems(item.record, item.decl, year, report, false)) walkItem(child, depth + 1, year, report, sink);
  sink.close(item.record, depth);
}

const HEADER_LINES = 2;

/**
 * Writes the message as ILR XML in the year's schema order, as string chunks of about `chunkSize`
 * characters, so a large file never has to be one string.
 */
export function* xmlChunks(msg: IlrMessage, report: WriteReport = emptyReport(), chunkSize = 1 << 16): Generator<string> {
  const year = msg.year;
  const parts: string[] = [];
  let pending = 0;
  let line = 1;
  const emit = (s: string, lines: number) => {
    parts.push(s);
    pending += s.length;
    line += lines;
  };
  const sink: Sink = {
    field(name, value, depth) {
      emit(`${INDENT.repeat(depth)}<${name}>${escapeXml(value)}</${name}>\n`, 1 + countNewlines(value));
    },
    open(rec, depth) {
      if (depth === 1 && (rec.name === 'Learner' || rec.name === DESTINATION_ENTITY)) {
        report.recordLines.push({ line, entity: rec.name, learnRefNumber: text(rec, 'LearnRefNumber') ?? '' });
        if (rec.name === 'Learner') {
          report.learners++;
          report.deliveries += rec.children['LearningDelivery']?.length ?? 0;
        } else report.destinations++;
      }
      emit(`${INDENT.repeat(depth)}<${rec.name}>\n`, 1);
    },
    close(rec, depth) {
      emit(`${INDENT.repeat(depth)}</${rec.name}>\n`, 1);
    },
  };

  emit('<?xml version="1.0" encoding="utf-8"?>\n', 1);
  emit(`<Message xmlns="${escapeXml(year.namespace)}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n`, 1);
  for (const item of orderedItems(msg.root, year.schema.root, year, report, true)) {
    walkItem(item, 1, year, report, sink);
    if (pending >= chunkSize) {
      yield parts.join('');
      parts.length = 0;
      pending = 0;
    }
  }
  emit('</Message>\n', 1);
  yield parts.join('');
}

/** Where a line of the written file came from: the element written there and the value's or record's own location. */
export interface OutputLineSource {
  element: string;
  loc?: Location;
}

/**
 * For the given lines of the file xmlChunks writes for this message, the element and the input location
 * (XML line or sheet cell) each came from. It walks the message again counting lines instead of keeping a
 * map for every line: it is only needed when the XSD check refuses, for the few lines it names.
 */
export function sourcesOfOutputLines(msg: IlrMessage, lines: Iterable<number>): Map<number, OutputLineSource> {
  const wanted = new Set(lines);
  const found = new Map<number, OutputLineSource>();
  if (wanted.size === 0) return found;
  const maxWanted = Math.max(...wanted);
  let line = HEADER_LINES + 1;
  const note = (from: number, to: number, src: OutputLineSource) => {
    for (let l = from; l <= to; l++) if (wanted.has(l)) found.set(l, src);
  };
  const rootSrc = { element: 'Message', ...(msg.root.loc ? { loc: msg.root.loc } : {}) };
  note(1, HEADER_LINES, rootSrc);
  const sink: Sink = {
    field(name, value, _depth, v) {
      const n = countNewlines(value);
      note(line, line + n, { element: name, ...(v.loc ? { loc: v.loc } : {}) });
      line += 1 + n;
    },
    open(rec) {
      note(line, line, { element: rec.name, ...(rec.loc ? { loc: rec.loc } : {}) });
      line++;
    },
    close(rec) {
      note(line, line, { element: rec.name, ...(rec.loc ? { loc: rec.loc } : {}) });
      line++;
    },
  };
  const scratch = emptyReport();
  for (const item of orderedItems(msg.root, msg.year.schema.root, msg.year, scratch, true)) {
    walkItem(item, 1, msg.year, scratch, sink);
    if (line > maxWanted) return found;
  }
  note(line, line, rootSrc);
  return found;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The whole file as one string (fine for tests and small files; use xmlChunks or writeXmlBytes for large ones). */
export function writeXmlString(msg: IlrMessage, report: WriteReport = emptyReport()): string {
  let s = '';
  for (const c of xmlChunks(msg, report)) s += c;
  return s;
}

/**
 * The whole file as UTF-8 bytes. Chunks are encoded straight into 8 MB blocks (no array per chunk); the blocks are
 * then copied into the one exact-size array the XSD check and the file write need, each block let go as it is copied.
 */
export function writeXmlBytes(msg: IlrMessage, report: WriteReport = emptyReport()): Uint8Array {
  const BLOCK = 8 << 20;
  const enc = new TextEncoder();
  const blocks: (Uint8Array | undefined)[] = [];
  const fill: number[] = [];
  let cur = new Uint8Array(BLOCK);
  let used = 0;
  let total = 0;
  for (const c of xmlChunks(msg, report)) {
    let rest = c;
    while (rest.length) {
      if (BLOCK - used < 4) {
        blocks.push(cur);
        fill.push(used);
        cur = new Uint8Array(BLOCK);
        used = 0;
      }
      const r = enc.encodeInto(rest, cur.subarray(used));
      used += r.written;
      total += r.written;
      rest = r.read < rest.length ? rest.slice(r.read) : '';
    }
  }
  blocks.push(cur);
  fill.push(used);
  const out = new Uint8Array(total);
  let off = 0;
  for (let i = 0; i < blocks.length; i++) {
    out.set(blocks[i]!.subarray(0, fill[i]), off);
    off += fill[i]!;
    blocks[i] = undefined;
  }
  return out;
}
