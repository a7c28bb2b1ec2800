/** The official ILR file name: ILR-<UKPRN>-<YearCode>-<yyyymmdd>-<hhmmss>-<NN>.XML (rule Filename_1). */

export const FILE_NAME_RE = /^ILR-(\d{8})-(\d{4})-(\d{8})-(\d{6})-(\d{2})\.XML$/i;

export interface FileNameParts {
  ukprn: string;
  yearCode: string;
  /** Local date-time of preparation, written YYYY-MM-DDThh:mm:ss (as in Header/Source/DateTime). */
  dateTime: string;
  serialNo: string;
}

export function ilrFileName(p: FileNameParts): string {
  if (!/^\d{8}$/.test(p.ukprn)) throw new Error(`UKPRN must be 8 digits to name the file (got "${p.ukprn}")`);
  if (!/^\d{4}$/.test(p.yearCode)) throw new Error(`year code must be 4 digits (got "${p.yearCode}")`);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(p.dateTime);
  if (!m) throw new Error(`date-time must be YYYY-MM-DDThh:mm:ss (got "${p.dateTime}")`);
  const serial = p.serialNo.trim();
  if (!/^\d{1,2}$/.test(serial)) throw new Error(`serial number must be 1 or 2 digits (got "${p.serialNo}")`);
  return `ILR-${p.ukprn}-${p.yearCode}-${m[1]}${m[2]}${m[3]}-${m[4]}${m[5]}${m[6]}-${serial.padStart(2, '0')}.XML`;
}

export function parseIlrFileName(name: string): FileNameParts | undefined {
  const m = FILE_NAME_RE.exec(name);
  if (!m) return undefined;
  const [, ukprn, yearCode, d, t, serialNo] = m as unknown as [string, string, string, string, string, string];
  return { ukprn, yearCode, serialNo, dateTime: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}` };
}

/** Local wall-clock date-time in England (Europe/London), YYYY-MM-DDThh:mm:ss. */
export function londonDateTime(now: Date = new Date()): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const parts = Object.fromEntries(f.formatToParts(now).map((x) => [x.type, x.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
