import { z } from 'zod';
import { DEFAULT_ADVICE_SETTINGS, type AdviceSettings } from '../../core/rules/types';
import { years } from '../../core/years/registry';
import { todayIso } from '../../core/model/dates';

// No generated code: zod otherwise probes `new Function('')`, which the deployment's Content-Security-Policy (no
// 'unsafe-eval', docs/deploy.md) refuses and reports as a violation.
z.config({ jitless: true });

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

/** A value that must pass `schema`, or nothing: a field that is not understood falls back to its default. */
const orNothing = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const threshold = (key: keyof AdviceSettings) => orNothing(z.number().refine((v) => validThreshold(key, v)));

/**
 * The settings saved with the workbook, as zod reads them. Each field is checked on its own, so one bad value (typed
 * into the workbook's settings by hand, or written by another version) loses only itself, never the rest.
 */
const paneSettingsSchema = z.object({
  year: orNothing(z.string().refine((y) => years.codes().includes(y))),
  asOf: orNothing(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  advice: z
    .object({
      breakInLearningMonths: threshold('breakInLearningMonths'),
      outcomeUnknownMonths: threshold('outcomeUnknownMonths'),
      withdrawOtherPercent: threshold('withdrawOtherPercent'),
      destinationDueMonths: threshold('destinationDueMonths'),
    })
    .catch({}),
  disabled: z
    .array(z.unknown())
    .transform((a) => a.filter((d): d is string => typeof d === 'string'))
    .catch([]),
});

/** Accepts what loadSettings gave (unvalidated JSON); anything not understood falls back to the default. */
export function parsePaneSettings(raw: unknown): PaneSettings {
  const parsed = paneSettingsSchema.safeParse(raw);
  const out: PaneSettings = { advice: { ...DEFAULT_ADVICE_SETTINGS }, disabled: [] };
  if (!parsed.success) return out;
  const v = parsed.data;
  if (v.year !== undefined) out.year = v.year;
  if (v.asOf !== undefined) out.asOf = v.asOf;
  for (const k of Object.keys(DEFAULT_ADVICE_SETTINGS) as (keyof AdviceSettings)[]) {
    const t = v.advice[k];
    if (t !== undefined) out.advice[k] = t;
  }
  out.disabled = v.disabled ?? [];
  return out;
}

export function yearCodeOf(s: PaneSettings): string {
  return s.year ?? years.defaultCode();
}

export function asOfOf(s: PaneSettings): string {
  return s.asOf ?? todayIso();
}
