import { cellToIso } from '../../core/cells/excel-date';
import { ilrFileName, londonDateTime } from '../../core/xml/file-name';
import { cellError, cellText, scalarOf } from './cells';
import { yearArg } from './options';
import { ArgumentError } from './problems';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date-time from a cell: an Excel serial (the fraction is the time of day) or text YYYY-MM-DDThh:mm:ss / dd/mm/yyyy hh:mm:ss. */
function dateTimeOf(v: unknown): string {
  if (typeof v === 'number') {
    const d = cellToIso(v);
    if (!d.ok) throw new ArgumentError(`DateTime: ${d.problem}`);
    const seconds = Math.round((v - Math.floor(v)) * 86_400);
    return `${d.iso}T${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  }
  const s = cellText(v).trim();
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (iso) return `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}`;
  const uk = /^(\d{1,2}\/\d{1,2}\/\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (uk) {
    const d = cellToIso(uk[1]!);
    if (!d.ok) throw new ArgumentError(`DateTime: ${d.problem}`);
    return `${d.iso}T${pad(Number(uk[2]))}:${uk[3]}:${uk[4] ?? '00'}`;
  }
  throw new ArgumentError(`DateTime "${s}" is not a date and time (e.g. 2025-10-01T09:30:00 or 01/10/2025 09:30)`);
}

/**
 * ILR.FILENAME(UKPRN, [SerialNo], [Year], [DateTime]): the official ILR file name, ILR-<UKPRN>-<year>-<yyyymmdd>-
 * <hhmmss>-<NN>.XML. SerialNo defaults to 01, the year to the task pane's (else the newest), the date-time to now in
 * England (worked out when the formula is calculated; the function is not volatile).
 */
export function fileName(args: { ukprn: unknown; serialNo?: unknown; year?: unknown; dateTime?: unknown }, now: Date = new Date()): string {
  const u = scalarOf(args.ukprn, 'UKPRN');
  if (u === undefined) throw new ArgumentError('UKPRN is missing');
  const uErr = cellError(u);
  if (uErr) throw new ArgumentError(`UKPRN is ${uErr}`);
  const s = scalarOf(args.serialNo, 'SerialNo');
  const dt = scalarOf(args.dateTime, 'DateTime');
  const year = yearArg(args.year);
  try {
    return ilrFileName({
      ukprn: cellText(u).trim(),
      yearCode: year.code,
      serialNo: s === undefined ? '01' : cellText(s).trim(),
      dateTime: dt === undefined ? londonDateTime(now) : dateTimeOf(dt),
    });
  } catch (e) {
    if (e instanceof ArgumentError) throw e;
    throw new ArgumentError((e as Error).message.replace(/^./, (c) => c.toUpperCase()));
  }
}
