import { destinationDueDate, isIsoDate, overdueDays } from './destination-due';

describe('destinationDueDate / overdueDays (ILR.DPDUE)', () => {
  it.each([
    ['2025-01-31', 2, '2025-03-31'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-06-15', 3, '2025-09-15'],
  ])('%s + %i months = %s', (end, months, due) => {
    expect(destinationDueDate(end, months)).toBe(due);
  });

  it('defaults to two months', () => {
    expect(destinationDueDate('2025-05-10')).toBe('2025-07-10');
  });

  it.each([
    ['2025-03-31', '2025-03-30', 0],
    ['2025-03-31', '2025-03-31', 0],
    ['2025-03-31', '2025-04-01', 1],
    ['2025-03-31', '2026-03-31', 365],
  ])('due %s, as of %s: %i days overdue', (due, asOf, days) => {
    expect(overdueDays(due, asOf)).toBe(days);
  });

  it.each([['31/01/2025'], ['2025-02-30'], [''], ['45678']])('refuses %p with a clear message', (bad) => {
    expect(() => destinationDueDate(bad)).toThrow(/learnActEndDate must be a date written YYYY-MM-DD/);
  });

  it('refuses a negative or fractional number of months', () => {
    expect(() => destinationDueDate('2025-01-01', -1)).toThrow(/months/);
    expect(() => destinationDueDate('2025-01-01', 1.5)).toThrow(/months/);
  });

  it('names the bad argument of overdueDays', () => {
    expect(() => overdueDays('2025-01-01', 'today')).toThrow(/asOf/);
  });

  it('isIsoDate accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});
