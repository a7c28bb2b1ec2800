import { header } from '../model/access';
import type { IlrMessage } from '../model/record';
import { ilrFileName } from './file-name';
import { validateForYear, type XsdViolation } from './validate-xsd';
import { emptyReport, writeXmlBytes, type WriteReport } from './write-xml';

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
  const violations = await validateForYear(bytes, msg.year, report);
  const h = header(msg);
  const result: ExportResult = { bytes, report, violations };
  try {
    result.fileName = ilrFileName({ ukprn: h.ukprn ?? '', yearCode: msg.year.code, dateTime: h.dateTime ?? '', serialNo: h.serialNo ?? '' });
  } catch (e) {
    result.fileNameProblem = (e as Error).message;
  }
  return result;
}
