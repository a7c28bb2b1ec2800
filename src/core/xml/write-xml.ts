import type { ElementDecl } from '../schema/model';
import type { IlrMessage, IlrRecord } from '../model/record';
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

/** What the writer did besides writing: what it left out, and where each learner starts (to map validation errors back). */
export interface WriteReport {
  leftOut: LeftOut[];
  /** 1-based line number of each Learner / LearnerDestinationandProgression start tag, in file order. */
  recordLines: { line: number; entity: string; learnRefNumber: string }[];
  learners: number;
  deliveries: number;
  destinations: number;
}

export function emptyReport(): WriteReport {
  return { leftOut: [], recordLines: [], learners: 0, deliveries: 0, destinations: 0 };
}

const INDENT = '\t';

type Item = { field: string; value: string } | { record: IlrRecord; decl: ElementDecl | undefined };

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
      if (v !== undefined) items.push({ field: child.name, value: v.text });
    }
  }
  for (const [name, v] of Object.entries(rec.fields)) if (!known.has(name)) items.push({ field: name, value: v.text });
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

  function writeField(name: string, value: string, depth: number): void {
    emit(`${INDENT.repeat(depth)}<${name}>${escapeXml(value)}</${name}>\n`, 1 + countNewlines(value));
  }

  function writeRecord(rec: IlrRecord, decl: ElementDecl | undefined, depth: number): void {
    if (depth === 1 && (rec.name === 'Learner' || rec.name === DESTINATION_ENTITY)) {
      report.recordLines.push({ line, entity: rec.name, learnRefNumber: text(rec, 'LearnRefNumber') ?? '' });
      if (rec.name === 'Learner') {
        report.learners++;
        report.deliveries += rec.children['LearningDelivery']?.length ?? 0;
      } else report.destinations++;
    }
    const pad = INDENT.repeat(depth);
    emit(`${pad}<${rec.name}>\n`, 1);
    for (const item of orderedItems(rec, decl, year, report, false)) {
      if ('field' in item) writeField(item.field, item.value, depth + 1);
      else writeRecord(item.record, item.decl, depth + 1);
    }
    emit(`${pad}</${rec.name}>\n`, 1);
  }

  emit('<?xml version="1.0" encoding="utf-8"?>\n', 1);
  emit(`<Message xmlns="${escapeXml(year.namespace)}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n`, 1);
  for (const item of orderedItems(msg.root, year.schema.root, year, report, true)) {
    if ('field' in item) writeField(item.field, item.value, 1);
    else writeRecord(item.record, item.decl, 1);
    if (pending >= chunkSize) {
      yield parts.join('');
      parts.length = 0;
      pending = 0;
    }
  }
  emit('</Message>\n', 1);
  yield parts.join('');
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

/** The whole file as UTF-8 bytes, encoded chunk by chunk. */
export function writeXmlBytes(msg: IlrMessage, report: WriteReport = emptyReport()): Uint8Array {
  const enc = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (const c of xmlChunks(msg, report)) {
    const b = enc.encode(c);
    pieces.push(b);
    total += b.length;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of pieces) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
