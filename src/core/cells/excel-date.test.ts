import { cellToIso, isoToSerial, serialToIso, textToIso } from './excel-date';

const iso = (r: ReturnType<typeof cellToIso>) => (r.ok ? r.iso : `problem: ${r.problem}`);

describe('Excel serial dates (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45658, '2025-01-01'],
    [45869, '2025-07-31'],
    [45870, '2025-08-01'],
    [45870.75, '2025-08-01'],
    [2958465, '9999-12-31'],
  ])('%s → %s', (serial, expected) => {
    expect(iso(serialToIso(serial))).toBe(expected);
    if (Number.isInteger(serial)) expect(isoToSerial(expected)).toBe(serial);
  });

  it('refuses serials Excel cannot show, and the 29 February 1900 that never was', () => {
    expect(serialToIso(0).ok).toBe(false);
    expect(serialToIso(-3).ok).toBe(false);
    expect(serialToIso(2958466).ok).toBe(false);
    expect(serialToIso(60)).toEqual({ ok: false, problem: expect.stringMatching(/29 February 1900/) });
    expect(serialToIso(Number.NaN).ok).toBe(false);
  });
});

describe('dates typed as text', () => {
  it.each([
    ['2025-08-01', '2025-08-01'],
    ['2025-8-1', '2025-08-01'],
    ['2025-08-01T10:15:00', '2025-08-01'],
    ['01/08/2025', '2025-08-01'],
    [' 1/8/2025 ', '2025-08-01'],
    ['31-07-2026', '2026-07-31'],
    ['31.07.2026', '2026-07-31'],
    ['29/02/2024', '2024-02-29'],
    ['45870', '2025-08-01'],
  ])('%p → %s', (text, expected) => {
    expect(iso(textToIso(text))).toBe(expected);
  });

  it.each([
    ['31/02/2025', /not a real date/],
    ['29/02/2025', /not a real date/],
    ['2025-13-01', /not a real date/],
    ['01/08/25', /four-digit year/],
    ['next Tuesday', /is not a date/],
    ['08/01/2025/1', /is not a date/],
  ])('%p is refused with a clear reason', (text, reason) => {
    const r = textToIso(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(reason);
  });

  it('reads dd/mm/yyyy the UK way round, never as mm/dd', () => {
    expect(iso(textToIso('02/03/2025'))).toBe('2025-03-02');
    expect(textToIso('12/31/2025').ok).toBe(false);
  });
});

describe('cell values', () => {
  it('reads numbers, text and Dates; refuses booleans and others', () => {
    expect(iso(cellToIso(45870))).toBe('2025-08-01');
    expect(iso(cellToIso('01/08/2025'))).toBe('2025-08-01');
    expect(iso(cellToIso(new Date(Date.UTC(2025, 7, 1))))).toBe('2025-08-01');
    expect(cellToIso(true).ok).toBe(false);
    expect(cellToIso({ error: '#N/A' }).ok).toBe(false);
  });
});

describe('serials against the JS calendar', () => {
  it('agrees with Date for every day from 1900-03-01 to 2100', () => {
    const epoch = Date.UTC(1899, 11, 30);
    for (let serial = 61; serial < 73_415; serial += 1) {
      const expected = new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10);
      const r = serialToIso(serial);
      if (!r.ok || r.iso !== expected) throw new Error(`serial ${serial}: ${JSON.stringify(r)} ≠ ${expected}`);
    }
  });
});
