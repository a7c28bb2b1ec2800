import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dd01 } from '../src/core/rules/derived/uln-check-digit';

/** The ESFA 2025-26 anonymised sample (19 real-shaped learners, no real people), the seed of the grown files. */
export const ESFA_SAMPLE_2526 = join(__dirname, '..', 'test', 'fixtures', 'xml', 'ILR-99999999-2526-20250108-094401.xml');

/** A slot in a learner's text that each clone fills with its own key. */
type Piece = string | { slot: 'ref' } | { slot: 'uln' } | { slot: 'aim'; k: number };

interface LearnerTemplate {
  pieces: Piece[];
  deliveries: number;
}

/** The sample cut into the text before its first learner, one template per learner, and the text after the last. */
export interface SampleTemplate {
  head: string;
  learners: LearnerTemplate[];
  tail: string;
  /** The official file name for the sample's header (UKPRN, year, DateTime, serial number). */
  fileName: string;
  /** The sample's line ending (the ESFA sample's is CRLF), used between the clones. */
  eol: string;
}

const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Cuts an ILR XML file into templates, one per learner: the learner's text with its LearnRefNumber, ULN and
 * SWSupAimId values as slots (a SWSupAimId repeated within a learner, as an apprenticeship's component aims repeat
 * the programme's, stays one slot so a clone keeps the sharing). Comments are dropped; everything else is kept as is.
 */
export function sampleTemplate(xml: string): SampleTemplate {
  const text = xml.replace(COMMENT, '').replace(/\r?\n[ \t]*(?=\r?\n)/g, '');
  const first = text.indexOf('<Learner>');
  const last = text.lastIndexOf('</Learner>');
  if (first < 0 || last < 0) throw new Error('the sample has no <Learner> element');
  const head = text.slice(0, first).replace(/\s+$/, '');
  const tail = text.slice(last + '</Learner>'.length).replace(/^\s+/, '');
  const learners: LearnerTemplate[] = [];
  for (const m of text.slice(first, last + '</Learner>'.length).matchAll(/<Learner>[\s\S]*?<\/Learner>/g)) {
    learners.push(learnerTemplate(m[0]));
  }
  const ukprn = /<UKPRN>(\d+)<\/UKPRN>/.exec(head)?.[1];
  const year = /<Year>(\d{4})<\/Year>/.exec(head)?.[1];
  const dt = /<DateTime>(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)<\/DateTime>/.exec(head);
  const serial = /<SerialNo>(\d+)<\/SerialNo>/.exec(head)?.[1];
  if (!ukprn || !year || !dt || !serial) throw new Error('the sample header lacks UKPRN, Year, DateTime or SerialNo');
  const fileName = `ILR-${ukprn}-${year}-${dt[1]}${dt[2]}${dt[3]}-${dt[4]}${dt[5]}${dt[6]}-${serial.padStart(2, '0')}.XML`;
  return { head, learners, tail, fileName, eol: xml.includes('\r\n') ? '\r\n' : '\n' };
}

function learnerTemplate(text: string): LearnerTemplate {
  const pieces: Piece[] = [];
  const aimIds = new Map<string, number>();
  let at = 0;
  let refs = 0;
  let ulns = 0;
  for (const m of text.matchAll(/<(LearnRefNumber|ULN|SWSupAimId)>([^<]*)<\/\1>/g)) {
    const [whole, tag, value] = m;
    const open = m.index + tag!.length + 2;
    pieces.push(text.slice(at, open));
    if (tag === 'LearnRefNumber') {
      refs++;
      pieces.push({ slot: 'ref' });
    } else if (tag === 'ULN') {
      ulns++;
      pieces.push({ slot: 'uln' });
    } else {
      if (!aimIds.has(value!)) aimIds.set(value!, aimIds.size);
      pieces.push({ slot: 'aim', k: aimIds.get(value!)! });
    }
    at = m.index + whole.length - tag!.length - 3;
  }
  pieces.push(text.slice(at));
  // the learner's own keys; a Learner Destination and Progression record would carry them too, but 2025-26 has none
  if (refs !== 1 || ulns !== 1) throw new Error(`a sample learner has ${refs} LearnRefNumber and ${ulns} ULN elements (1 each expected)`);
  return { pieces, deliveries: (text.match(/<LearningDelivery>/g) ?? []).length };
}

/** The i-th grown learner's LearnRefNumber (XSD: [A-Za-z0-9 ]{1,12}). */
export function grownLearnRef(i: number): string {
  return `G${String(i + 1).padStart(8, '0')}`;
}

/**
 * The i-th grown learner's ULN: ten digits from 2000000000 up whose tenth is the check digit DD01 asks for (nine-digit
 * stems whose check would be 10 are skipped), so each is valid and distinct. Made up: the ULNs are not looked up.
 */
export function grownUln(i: number): string {
  // stems advance by 1; of any 11 consecutive stems at most one has no check digit, so 12 per learner never overlap
  for (let stem = 200000000 + i * 12; ; stem++) {
    const d = dd01(`${stem}0`);
    if (d !== 'N' && d !== 'Y') return `${stem}${d}`;
  }
}

/** The k-th distinct SWSupAimId of the i-th grown learner, shaped like the sample's UUIDs (36 characters). */
export function grownAimId(i: number, k: number): string {
  return `${(i + 1).toString(16).padStart(8, '0')}-0000-4000-8000-${(k + 1).toString(16).padStart(12, '0')}`;
}

export interface GrownFile {
  learners: number;
  deliveries: number;
  bytes: number;
}

/**
 * Writes an ILR XML file of `n` learners grown from the sample: learner i is a clone of sample learner i mod 19 with
 * its own LearnRefNumber, a valid ULN of its own (check digit as DD01) and its own SWSupAimIds; every other value is
 * the sample's, so the file is as valid against the XSD as the sample and has its shape (FAMs, employment, HE, about
 * 1.84 aims per learner). Deterministic: the same `n` gives the same bytes. Written in chunks, never held whole.
 */
export function writeGrownSample(file: string, n: number, sampleXml = readFileSync(ESFA_SAMPLE_2526, 'utf8')): GrownFile {
  const t = sampleTemplate(sampleXml);
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  let bytes = 0;
  let deliveries = 0;
  let buf: string[] = [];
  let bufLen = 0;
  const put = (s: string): void => {
    buf.push(s);
    bufLen += s.length;
    if (bufLen >= 1 << 20) flush();
  };
  const flush = (): void => {
    const chunk = Buffer.from(buf.join(''), 'utf8');
    writeSync(fd, chunk);
    bytes += chunk.length;
    buf = [];
    bufLen = 0;
  };
  try {
    put(
      `<?xml version="1.0" encoding="utf-8"?>${t.eol}` +
        `<!-- Synthetic ILR file for benchmarks: ${n} learners cloned from the ESFA 2025-26 anonymised sample with fresh LearnRefNumber, ULN and SWSupAimId; no real people. -->${t.eol}`,
    );
    put(t.head.replace(/^\s*(<\?xml[^>]*\?>)?\s*/, ''));
    for (let i = 0; i < n; i++) {
      const l = t.learners[i % t.learners.length]!;
      deliveries += l.deliveries;
      put(`${t.eol}\t`);
      for (const p of l.pieces) {
        if (typeof p === 'string') put(p);
        else if (p.slot === 'ref') put(grownLearnRef(i));
        else if (p.slot === 'uln') put(grownUln(i));
        else put(grownAimId(i, p.k));
      }
    }
    put(`${t.eol}${t.tail}${t.eol}`);
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return { learners: n, deliveries, bytes };
}
