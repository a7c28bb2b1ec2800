/** Date arithmetic on ISO date strings (YYYY-MM-DD), in UTC, so no time zone can move a date. */

export function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// The rules do date arithmetic millions of times on a large file: on plain numbers, without Date objects.
// Digits are read from their char codes (no substring per number); anything else is left to Number, as before.
function num(s: string, from: number, to: number): number {
  let n = 0;
  if (to > s.length || from >= to) return Number(s.slice(from, to));
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(s.slice(from, to));
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (civil_from_days), as an ISO string. */
function fromDayNumber(z0: number): string {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const dayOf = (iso: string): number => dayNumber(num(iso, 0, 4), num(iso, 5, 7), num(iso, 8, 10));

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds calendar months; the day is clamped to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const total = num(iso, 0, 4) * 12 + (num(iso, 5, 7) - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(num(iso, 8, 10), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayOf(iso) + days);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayOf(b) - dayOf(a);
}

/** Age in whole years on a date (a birthday counts on the day itself). */
export function ageOn(dateOfBirth: string, on: string): number {
  let age = num(on, 0, 4) - num(dateOfBirth, 0, 4);
  const m = num(on, 5, 7);
  const bm = num(dateOfBirth, 5, 7);
  if (m < bm || (m === bm && num(on, 8, 10) < num(dateOfBirth, 8, 10))) age--;
  return age;
}

/** Today's date in the UK (Europe/London), as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
