import { isRealDate } from '../schema/check-value';

/**
 * Reading a date from what a cell (or a custom-function argument) holds: an Excel serial number (1900 date system),
 * an ISO date (YYYY-MM-DD, optionally with a time), a UK date typed as text (dd/mm/yyyy, also with - or .), a number
 * stored as text, or a JS Date. Pure: no time zone can move a date (serials and Dates are read in UTC).
 */

export type DateReading = { ok: true; iso: string } | { ok: false; problem: string };

/** Serial of 9999-12-31, the last date Excel can show. */
const MAX_SERIAL = 2_958_465;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An Excel serial date (1900 system) as an ISO date; the time of day (the fraction) is ignored. */
export function serialToIso(serial: number): DateReading {
  if (!Number.isFinite(serial)) return { ok: false, problem: 'is not a date' };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return { ok: false, problem: `${serial} is not a date serial number Excel can show` };
  // Excel counts 29 February 1900, which never existed (serial 60): serials before it are one day later than the count.
  if (whole === 60) return { ok: false, problem: '60 is 29 February 1900, a date that does not exist' };
  const days = whole < 60 ? whole + 1 : whole;
  return { ok: true, iso: isoOfDays(days + EPOCH_DAYS) };
}

/** Days from 1970-01-01 of 1899-12-30, Excel's day 0. */
const EPOCH_DAYS = -25_569;

/** The ISO date of a day number (days since 1970-01-01), by integer arithmetic (H. Hinnant's civil_from_days). */
function isoOfDays(z: number): string {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The Excel serial number (1900 system) of an ISO date. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / 86_400_000);
  return days <= 60 ? days - 1 : days;
}

function fromParts(y: number, m: number, d: number, shown: string): DateReading {
  if (!isRealDate(y, m, d)) return { ok: false, problem: `"${shown}" is not a real date` };
  return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** Reads a date typed as text. */
export function textToIso(input: string): DateReading {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) {
    if (m[4]!.length === 2) return { ok: false, problem: `"${s}" has a two-digit year: use a four-digit year (dd/mm/yyyy)` };
    return fromParts(Number(m[4]), Number(m[3]), Number(m[1]), s);
  }
  if (/^\d+(\.\d+)?$/.test(s)) return serialToIso(Number(s)); // a serial number stored as text
  return { ok: false, problem: `"${s}" is not a date (use dd/mm/yyyy or a date cell)` };
}

/** Reads a date from a cell value. Blank values are not dates: callers decide whether blank is allowed. */
export function cellToIso(value: unknown): DateReading {
  if (typeof value === 'number') return serialToIso(value);
  if (typeof value === 'string') return textToIso(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: 'is not a date' };
    return { ok: true, iso: `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  }
  if (typeof value === 'boolean') return { ok: false, problem: `${value ? 'TRUE' : 'FALSE'} is not a date` };
  return { ok: false, problem: 'is not a date' };
}
