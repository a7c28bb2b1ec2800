import { header } from '../model/access';
import { formatLocation } from '../model/record';
import type { IlrMessage } from '../model/record';
import { ilrFileName } from './file-name';
import { validateInParts, type XsdViolation } from './validate-xsd';
import { emptyReport, sourcesOfOutputLines, writeXmlBytes, type WriteReport } from './write-xml';

export interface ExportResult {
  /** The official file name, when the header has what it needs (UKPRN, DateTime, SerialNo). */
  fileName?: string;
  /** Why no file name could be made. */
  fileNameProblem?: string;
  bytes: Uint8Array;
  report: WriteReport;
  /** XSD violations; the file must not be saved unless this is empty. */
  violations: XsdViolation[];
}

/** Writes the message as XML, validates it against the year's official XSD, and names it the official way. */
export async function exportIlrFile(msg: IlrMessage): Promise<ExportResult> {
  const report = emptyReport();
  const bytes = writeXmlBytes(msg, report);
  const violations = await validateInParts(bytes, msg.year.xsd, report);
  if (violations.length) {
    // name the input's line or cell, not the line of a file the user never sees
    const sources = sourcesOfOutputLines(msg, violations.flatMap((v) => (v.line === null ? [] : [v.line])));
    for (const v of violations) {
      const src = v.line === null ? undefined : sources.get(v.line);
      if (src?.loc) v.source = src.loc;
    }
  }
  const h = header(msg);
  const result: ExportResult = { bytes, report, violations };
  try {
    result.fileName = ilrFileName({ ukprn: h.ukprn ?? '', yearCode: msg.year.code, dateTime: h.dateTime ?? '', serialNo: h.serialNo ?? '' });
  } catch (e) {
    result.fileNameProblem = (e as Error).message;
  }
  return result;
}

/** A note saying which values the writer collapsed whitespace in (nothing else is ever changed), or undefined. */
export function normalisedNote(report: WriteReport): string | undefined {
  const n = report.normalisedCount;
  if (!n) return undefined;
  const shown = report.normalised.slice(0, 10).map((v) => (v.loc ? `${v.element} at ${formatLocation(v.loc)}` : v.element));
  const more = n > shown.length ? ` and ${n - shown.length} more` : '';
  return `${n} number or date value${n === 1 ? ' had' : 's had'} spaces or line breaks around ${n === 1 ? 'it' : 'them'}, written without them (the XSD ignores them, but older checkers refuse them): ${shown.join(', ')}${more}`;
}
