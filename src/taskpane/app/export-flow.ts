import { header, kids } from '../../core/model/access';
import { setField, type IlrMessage } from '../../core/model/record';
import type { Finding } from '../../core/rules/types';
import { exportIlrFile, type ExportResult } from '../../core/xml/export-file';
import { describeViolation } from '../../core/xml/validate-xsd';
import { londonDateTime } from '../../core/xml/file-name';
import type { ReturnLogEntry, WorkbookPort } from '../excel/workbook-port';
import { cellOf } from './check-workbook';

export type ExportGate =
  | { kind: 'refuse'; errors: number; where: string[] }
  | { kind: 'confirm'; warnings: number }
  | { kind: 'ok' };

/** Errors refuse the export (saying how many and the first few places); warnings alone ask to confirm. */
export function exportGate(findings: readonly Finding[], shown = 5): ExportGate {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const where: string[] = [];
    for (const f of errors) {
      if (where.length >= shown) break;
      const c = cellOf(f);
      const place = c ? `${c.sheet}!${c.cell}` : f.learnRefNumber ? `learner ${f.learnRefNumber}` : f.entity;
      if (!where.includes(place)) where.push(place);
    }
    return { kind: 'refuse', errors: errors.length, where };
  }
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return warnings > 0 ? { kind: 'confirm', warnings } : { kind: 'ok' };
}

export interface HeaderFields {
  ukprn: string;
  serialNo: string;
}

export function headerFieldsOf(msg: IlrMessage): HeaderFields {
  const h = header(msg);
  return { ukprn: h.ukprn ?? '', serialNo: h.serialNo ?? '' };
}

/** Puts the pane's UKPRN and serial number into the message header (where the Return sheet left them blank or the user changed them). */
export function applyHeaderFields(msg: IlrMessage, fields: HeaderFields): void {
  const h = kids(msg.root, 'Header')[0];
  const src = kids(h, 'Source')[0];
  const lp = kids(msg.root, 'LearningProvider')[0];
  const ukprn = fields.ukprn.trim();
  const serial = fields.serialNo.trim();
  if (ukprn) {
    if (src) setField(src, 'UKPRN', ukprn);
    if (lp) setField(lp, 'UKPRN', ukprn);
  }
  if (serial && src) setField(src, 'SerialNo', serial);
}

export type ExportOutcome =
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'unnamed'; problem: string }
  | { kind: 'file'; fileName: string; bytes: Uint8Array; result: ExportResult; entry: ReturnLogEntry; nextSerial: string; leftOut: string[] };

/** Next serial number: one more than the last (two digits, 01–99). */
export function nextSerial(serial: string): string {
  const n = Number.parseInt(serial, 10);
  if (!Number.isFinite(n) || n < 1) return '01';
  return String(Math.min(n + 1, 99)).padStart(2, '0');
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes and validates the file; on success logs it in the Returns sheet and proposes the next serial. */
export async function buildExport(port: WorkbookPort, msg: IlrMessage, now: Date = new Date()): Promise<ExportOutcome> {
  // A new file is made now: its Header/Source/DateTime, and so its official name, carry this moment (London time),
  // not a DateTime left on the Return sheet by an earlier import or export.
  const src = kids(kids(msg.root, 'Header')[0], 'Source')[0];
  if (src) setField(src, 'DateTime', londonDateTime(now));
  const result = await exportIlrFile(msg);
  if (result.violations.length > 0) return { kind: 'invalid', messages: result.violations.map(describeViolation) };
  if (!result.fileName) return { kind: 'unnamed', problem: result.fileNameProblem ?? 'the file could not be named' };
  const serialNo = header(msg).serialNo ?? '';
  const entry: ReturnLogEntry = {
    exportedAt: now.toISOString(),
    fileName: result.fileName,
    serialNo,
    learners: result.report.learners,
    deliveries: result.report.deliveries,
    destinations: result.report.destinations,
    sha256: await sha256Hex(result.bytes),
  };
  await port.appendReturnLog(entry);
  const leftOut = result.report.leftOut.map((l) => `${l.count} × ${l.path.split('/').pop() ?? l.path}: ${l.reason}`);
  return { kind: 'file', fileName: result.fileName, bytes: result.bytes, result, entry, nextSerial: nextSerial(serialNo), leftOut };
}
