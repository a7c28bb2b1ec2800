import { DEFAULT_ADVICE_SETTINGS, type AdviceSettings } from '../../core/rules/types';
import { years } from '../../core/years/registry';
import { todayIso } from '../../core/model/dates';

/** What the task pane keeps in the workbook's settings. */
export interface PaneSettings {
  /** Year code, e.g. "2526"; undefined = the newest bundled year. */
  year?: string;
  /** ISO date the date-relative checks are made on; undefined = today. */
  asOf?: string;
  advice: AdviceSettings;
  /** Rule groups (or IDs) switched off. */
  disabled: string[];
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = { advice: { ...DEFAULT_ADVICE_SETTINGS }, disabled: [] };

/** Thresholds counted in whole months (the percentage may have decimals). */
export const WHOLE_MONTHS: ReadonlySet<keyof AdviceSettings> = new Set(['breakInLearningMonths', 'outcomeUnknownMonths', 'destinationDueMonths']);

/** Whether a threshold value is acceptable: not negative, and whole for the month thresholds. */
export function validThreshold(key: keyof AdviceSettings, v: number): boolean {
  return Number.isFinite(v) && v >= 0 && (!WHOLE_MONTHS.has(key) || Number.isInteger(v));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts what loadSettings gave (unvalidated JSON); anything not understood falls back to the default. */
export function parsePaneSettings(raw: unknown): PaneSettings {
  const out: PaneSettings = { advice: { ...DEFAULT_ADVICE_SETTINGS }, disabled: [] };
  if (!isObject(raw)) return out;
  if (typeof raw.year === 'string' && years.codes().includes(raw.year)) out.year = raw.year;
  if (typeof raw.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.asOf)) out.asOf = raw.asOf;
  if (isObject(raw.advice)) {
    for (const k of Object.keys(DEFAULT_ADVICE_SETTINGS) as (keyof AdviceSettings)[]) {
      const v = raw.advice[k];
      if (typeof v === 'number' && validThreshold(k, v)) out.advice[k] = v;
    }
  }
  if (Array.isArray(raw.disabled)) out.disabled = raw.disabled.filter((d): d is string => typeof d === 'string');
  return out;
}

export function yearCodeOf(s: PaneSettings): string {
  return s.year ?? years.defaultCode();
}

export function asOfOf(s: PaneSettings): string {
  return s.asOf ?? todayIso();
}
