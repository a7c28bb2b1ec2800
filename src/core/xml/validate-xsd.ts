import { validateXML } from 'xmllint-wasm';
import { formatLocation, type Location } from '../model/record';
import type { IlrYear } from '../years/year';
import type { WriteReport } from './write-xml';

/** One XSD violation found by libxml2, mapped to the learner and element it concerns. */
export interface XsdViolation {
  line: number | null;
  /** The element libxml2 names, e.g. "ULN". */
  element?: string;
  learnRefNumber?: string;
  /** The record the line falls in: "Learner" or "LearnerDestinationandProgression". */
  entity?: string;
  /** libxml2's message without the file name, line and namespace clutter. */
  message: string;
  /**
   * Where the element at `line` of the written file came from in the input: an XML input's line, or a sheet cell.
   * Set by exportIlrFile; `line` is the written file's line, which the user never sees.
   */
  source?: Location;
}

const memoryCap = 65536; // 4 GiB of wasm pages at most; only what is used is allocated

/** Validates an XML file in-process (libxml2 compiled to WebAssembly) against the year's official XSD text. */
export async function validateAgainstXsd(xml: string | Uint8Array, xsdText: string, report?: WriteReport): Promise<XsdViolation[]> {
  const [result] = await validateManyAgainstXsd([{ contents: xml, ...(report ? { report } : {}) }], xsdText);
  return result!;
}

/**
 * Validates several files against one XSD in one libxml2 run (the schema is compiled once): for batches of files
 * such as the conformance corpus. Returns each file's violations, in the order given.
 */
export async function validateManyAgainstXsd(files: { contents: string | Uint8Array; report?: WriteReport }[], xsdText: string): Promise<XsdViolation[][]> {
  const size = files.reduce((n, f) => n + (typeof f.contents === 'string' ? f.contents.length * 3 : f.contents.byteLength), 0);
  const pages = Math.min(memoryCap, Math.max(512, Math.ceil((size * 4) / 65536) + 512));
  const names = files.map((_, i) => (files.length === 1 ? 'ilr.xml' : `ilr-${i}.xml`));
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    result = await validateXML({
      xml: files.map((f, i) => ({ fileName: names[i]!, contents: f.contents })),
      schema: [{ fileName: 'ilr.xsd', contents: xsdText }],
      initialMemoryPages: 256,
      maxMemoryPages: pages,
      // validate while reading (xmlTextReader) rather than building the whole tree: a 100,000-learner file fits
      stream: true,
    });
  } catch (e) {
    // libxml2 stopped without a verdict (e.g. a character no XML file may hold, which it cannot even parse): every file
    // is refused with its first line of text, never an exception for the caller to show as an internal error
    const first = String((e as Error)?.message ?? e).split('\n').find((l) => l.trim()) ?? 'libxml2 stopped';
    return files.map(() => [{ line: null, message: `the XSD check could not read the written file: ${first.replace(/^.*?error\s*:\s*/i, '').trim()}` }]);
  }
  const out: XsdViolation[][] = files.map(() => []);
  if (result.valid) return out;
  const index = new Map(names.map((n, i) => [n, i]));
  for (const e of result.errors) {
    // keep libxml2's errors; its warnings (e.g. that the ILR namespace is not an absolute URI) and context lines are noise
    if (!/validity error|parser error|error :/i.test(e.rawMessage)) continue;
    const i = e.loc ? index.get(e.loc.fileName) : files.length === 1 ? 0 : undefined;
    if (i === undefined) continue;
    const report = files[i]!.report;
    const line = e.loc && Number.isFinite(e.loc.lineNumber) ? e.loc.lineNumber : null;
    const element = /Element '(?:\{[^}]*\})?([A-Za-z0-9_]+)'/.exec(e.message)?.[1];
    const tidy = e.message
      .replace(/^element [A-Za-z0-9_]+:\s*/i, '')
      .replace(/^Schemas validity error\s*:\s*/i, '')
      .replace(/\{[^}]*\}/g, '');
    const v: XsdViolation = { line, message: tidy };
    if (element) v.element = element;
    if (report && line !== null) {
      const rec = recordAt(report, line);
      if (rec) {
        v.learnRefNumber = rec.learnRefNumber;
        v.entity = rec.entity;
      }
    }
    out[i]!.push(v);
  }
  names.forEach((n, i) => {
    const failed = files.length === 1 || result.rawOutput.includes(`${n} fails to validate`) || !result.rawOutput.includes(`${n} validates`);
    if (failed && out[i]!.length === 0) out[i]!.push({ line: null, message: result.rawOutput.trim() || 'the file does not validate against the XSD' });
  });
  return out;
}

const CLOSE = new TextEncoder().encode('</Message>\n');

/**
 * Validates a large written file in parts of about `partBytes`, each its own document: the lines before the first
 * Learner (header, provider), a run of whole Learner / Destination records, and `</Message>` (the last part has the
 * file's own end). libxml2 then never holds more than one part (the wasm build copies its input twice, into the worker
 * and into its file system: for a 170 MB file that was 500 MB). The result is the whole file's: the ILR XSDs have no
 * identity constraints and Learner / LearnerDestinationandProgression are unbounded, so a record's validity does not
 * depend on the others; the header's errors are taken from the first part only, errors at a part's added
 * `</Message>` are dropped, and lines are mapped back to the whole file's (test: validate-in-parts.test.ts).
 * Small files (and files with under two records) are validated whole.
 */
export async function validateInParts(bytes: Uint8Array, xsdText: string, report: WriteReport, partBytes = 32 << 20): Promise<XsdViolation[]> {
  const records = report.recordLines;
  if (bytes.byteLength <= partBytes || records.length < 2) return validateAgainstXsd(bytes, xsdText, report);
  // byte offset where each record's start line begins
  const offsets: number[] = [];
  let line = 1;
  let pos = 0;
  for (const r of records) {
    while (line < r.line) {
      pos = bytes.indexOf(10, pos) + 1;
      line++;
    }
    offsets.push(pos);
  }
  const prefix = bytes.subarray(0, offsets[0]);
  const prefixLines = records[0]!.line - 1;
  const out: XsdViolation[] = [];
  const seenGeneric = new Set<string>();
  for (let start = 0; start < records.length; ) {
    let end = start + 1;
    while (end < records.length && offsets[end]! - offsets[start]! < partBytes) end++;
    const last = end === records.length;
    const body = bytes.subarray(offsets[start], last ? bytes.byteLength : offsets[end]);
    const head = prefix;
    const doc = new Uint8Array(head.byteLength + body.byteLength + (last ? 0 : CLOSE.byteLength));
    doc.set(head, 0);
    doc.set(body, head.byteLength);
    if (!last) doc.set(CLOSE, head.byteLength + body.byteLength);
    const bodyLines = (last ? Infinity : records[end]!.line) - records[start]!.line;
    const closeLine = prefixLines + bodyLines + 1;
    for (const v of await validateAgainstXsd(doc, xsdText)) {
      if (v.line === null) {
        if (!seenGeneric.has(v.message)) out.push(v);
        seenGeneric.add(v.message);
        continue;
      }
      if (start > 0 && v.line <= prefixLines) continue; // the header again: reported by the first part
      if (!last && v.line === closeLine) continue; // at the </Message> this part added
      const mapped = v.line <= prefixLines ? v.line : v.line - prefixLines + records[start]!.line - 1;
      const mv: XsdViolation = { ...v, line: mapped };
      const rec = recordAt(report, mapped);
      if (rec) {
        mv.learnRefNumber = rec.learnRefNumber;
        mv.entity = rec.entity;
      }
      out.push(mv);
    }
    start = end;
  }
  return out;
}

/** Validates against the year's own XSD. */
export function validateForYear(xml: string | Uint8Array, year: IlrYear, report?: WriteReport): Promise<XsdViolation[]> {
  return validateAgainstXsd(xml, year.xsd, report);
}

/** The record whose start line is the last one at or before `line` (binary search; lines ascend). */
function recordAt(report: WriteReport, line: number): WriteReport['recordLines'][number] | undefined {
  const a = report.recordLines;
  let lo = 0;
  let hi = a.length - 1;
  let best: WriteReport['recordLines'][number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]!.line <= line) {
      best = a[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function describeViolation(v: XsdViolation): string {
  const who = v.learnRefNumber ? `learner ${v.learnRefNumber}` : v.entity ? v.entity : 'file header';
  const where = v.source ? formatLocation(v.source) : v.line !== null ? `line ${v.line} of the written file` : '';
  return [who, v.element ? `element ${v.element}` : '', where].filter(Boolean).join(', ') + `: ${v.message}`;
}
