import { DEFAULT_ADVICE_SETTINGS, type AdviceSettings } from '../core/rules/types';

/**
 * What the ILR.* custom functions take from the task pane when a formula does not say: the collection year, the
 * "as of" date of the date-relative checks, and the advice thresholds. Shared runtime: the task pane and the functions
 * run in one JavaScript context, so the task pane calls these setters and the next recalculation uses the values.
 */

let year: string | undefined;
let asOf: string | undefined;
let advice: AdviceSettings = { ...DEFAULT_ADVICE_SETTINGS };

/** The year chosen in the task pane (e.g. '2526'); undefined = the registry's default year. */
export function setFunctionYear(code: string | undefined): void {
  year = code?.trim() || undefined;
}

export function getFunctionYear(): string | undefined {
  return year;
}

/** The "as of" date (ISO) for date-relative checks; undefined = today in the UK. */
export function setFunctionAsOf(iso: string | undefined): void {
  if (iso !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`setFunctionAsOf: "${iso}" is not an ISO date (YYYY-MM-DD)`);
  asOf = iso;
}

export function getFunctionAsOf(): string | undefined {
  return asOf;
}

/** The advice thresholds (break in learning months, destination due months, …) chosen in the task pane. */
export function setFunctionAdviceSettings(settings: Partial<AdviceSettings>): void {
  advice = { ...DEFAULT_ADVICE_SETTINGS, ...settings };
}

export function getFunctionAdviceSettings(): AdviceSettings {
  return advice;
}

/** Back to the defaults (for tests). */
export function resetFunctionSettings(): void {
  year = undefined;
  asOf = undefined;
  advice = { ...DEFAULT_ADVICE_SETTINGS };
}
