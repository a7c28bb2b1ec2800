import { addDays, addMonths, ageOn, daysBetween, fromUtc, toUtc } from './dates';

/** The same arithmetic done with Date objects (UTC), as the product did before it worked on plain numbers. */
const ref = {
  addMonths(iso: string, months: number): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const dim = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, dim));
    return fromUtc(target);
  },
  addDays(iso: string, days: number): string {
    const t = toUtc(iso);
    t.setUTCDate(t.getUTCDate() + days);
    return fromUtc(t);
  },
  daysBetween: (a: string, b: string): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000),
};

/** Every day from 1899-12-25 to 2101-01-05 (leap years, century years, 2000), one in three. */
function days(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(1899, 11, 25); t <= Date.UTC(2101, 0, 5); t += 3 * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('date arithmetic on ISO dates agrees with the calendar (Date in UTC) on every day of two centuries', () => {
  const all = days();
  it('addDays and daysBetween', () => {
    const bad: string[] = [];
    for (const d of all) {
      for (const n of [-400, -31, -1, 0, 1, 28, 29, 365, 366, 1461]) if (addDays(d, n) !== ref.addDays(d, n)) bad.push(`${d}+${n}`);
      for (const e of ['1900-02-28', '2000-02-29', '2024-03-01', '2100-03-01']) if (daysBetween(d, e) !== ref.daysBetween(d, e)) bad.push(`${d}..${e}`);
    }
    expect(bad).toEqual([]);
  });

  it('addMonths clamps to the month end', () => {
    const bad: string[] = [];
    for (const d of all) for (const n of [-25, -12, -1, 0, 1, 2, 11, 12, 13, 120]) if (addMonths(d, n) !== ref.addMonths(d, n)) bad.push(`${d}+${n}m`);
    expect(bad).toEqual([]);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it.each([
    ['2008-03-01', '2026-02-28', 17],
    ['2008-03-01', '2026-03-01', 18], // the birthday itself
    ['2008-03-01', '2026-03-02', 18],
    ['2008-02-29', '2026-02-28', 17], // a 29 February birthday: a year older on 1 March in a common year
    ['2008-02-29', '2026-03-01', 18],
    ['2008-12-31', '2026-12-30', 17],
  ])('ageOn(%s, %s) = %d', (dob, on, age) => expect(ageOn(dob, on)).toBe(age));
});
