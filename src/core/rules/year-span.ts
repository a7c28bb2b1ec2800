import type { IlrYear } from '../years/year';

/**
 * A span of collection years, by year code ("2021" = 2020-21, "2526" = 2025-26), both ends included; an end left out
 * is open. `{ to: '2021' }` is "2020-21 and before", `{ from: '2122' }` "2021-22 and after", `{}` every year.
 */
export interface YearSpan {
  from?: string;
  to?: string;
}

/** The calendar year a collection year starts in (1 August): "2526" → 2025. */
export function startYearOf(code: string): number {
  return 2000 + Number(code.slice(0, 2));
}

/** Orders year codes by the year they start in (negative when a is earlier). */
export function compareYearCodes(a: string, b: string): number {
  return startYearOf(a) - startYearOf(b);
}

export function inSpan(year: IlrYear | string, span: YearSpan | undefined): boolean {
  if (!span) return true;
  const code = typeof year === 'string' ? year : year.code;
  if (span.from !== undefined && compareYearCodes(code, span.from) < 0) return false;
  if (span.to !== undefined && compareYearCodes(code, span.to) > 0) return false;
  return true;
}

/** "2020-21 and before", "2021-22 onwards", "2021-22 to 2024-25", "every year". */
export function describeSpan(span: YearSpan | undefined): string {
  const label = (code: string) => `${startYearOf(code)}-${code.slice(2)}`;
  if (!span || (span.from === undefined && span.to === undefined)) return 'every year';
  if (span.from === undefined) return `${label(span.to!)} and before`;
  if (span.to === undefined) return `${label(span.from)} onwards`;
  return span.from === span.to ? label(span.from) : `${label(span.from)} to ${label(span.to)}`;
}
