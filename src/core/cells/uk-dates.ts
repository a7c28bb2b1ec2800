/**
 * Dates as people in England read them. The model, the rules, JSON output and the XML keep ISO dates (2026-03-19);
 * only text shown to a person — a function's result in a cell, the task pane, the CLI's text output — goes through
 * `ukDatesInText`, the one display point (the rules' ~640 messages are not changed one by one).
 *
 * Timestamps written to sheets (the Returns log's "Exported at", the Summary sheet's "Written") are Excel date-times
 * in UK local time (Europe/London, so British Summer Time is counted), shown with UK_DATE_TIME_FORMAT.
 */

export const UK_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** An ISO date on its own: not part of a longer number, a date-time or a code (2025-26 is a year, not a date). */
const ISO_DATE = /(?<![\d\-/])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d\-/T:])/g;

/** "2026-03-19" → "19/03/2026"; anything else is returned as it is. */
export function ukDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Every ISO date in a message shown as dd/mm/yyyy: "ends 2026-03-19" → "ends 19/03/2026". */
export function ukDatesInText(text: string): string {
  return text.replace(ISO_DATE, (_, y: string, mo: string, d: string) => `${d}/${mo}/${y}`);
}

interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function londonParts(when: Date): LondonParts {
  const p = Object.fromEntries(LONDON.formatToParts(when).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour) % 24, minute: Number(p.minute), second: Number(p.second) };
}

const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** The moment as an Excel date-time serial (1900 system, from 1 March 1900) of its UK local time. */
export function ukSerial(when: Date): number {
  const p = londonParts(when);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (local - EPOCH_UTC) / 86_400_000;
}

/**
 * The moment an Excel date-time serial of UK local time stands for (the inverse of ukSerial, to the second). In the
 * hour the clocks go back, the earlier (BST) reading is taken.
 */
export function fromUkSerial(serial: number): Date {
  const local = EPOCH_UTC + Math.round(serial * 86_400) * 1000;
  // UK time is UTC or UTC+1: try both offsets, the earlier first.
  for (const offsetHours of [1, 0]) {
    const guess = new Date(local - offsetHours * 3_600_000);
    if (Math.abs(ukSerial(guess) - serial) * 86_400 < 0.5) return guess;
  }
  return new Date(local);
}

/** "19/03/2026 14:05" (UK local time) for a moment. */
export function ukDateTime(when: Date): string {
  const p = londonParts(when);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}
