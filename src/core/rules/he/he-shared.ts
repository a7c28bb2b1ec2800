import { codeEntry } from '../../codes';
import { date, deliveries, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { IlrYear } from '../../years/year';
import { officialList, ruleInList } from '../catalogue/official-list';
import { hasOwnList, isUnknownCode, lookupRule, recordsAt, reportValue, type Held, type LookupTarget } from '../learner/code-lookup';
import type { LearnerRule, RuleContext, RuleMeta } from '../types';

/**
 * Shared helpers of the HE rules: the LearningDeliveryHE record of an aim, the rule shape "each aim with its HE
 * record", the HE code lists (keyed by element name in the 2025-26 asset, by ESFA's lookup name in the 2020-21
 * asset), the academic year, the postcode format and the Student support number checksum.
 */

/** The aim's LearningDeliveryHE record (at most one), if returned. */
export function heOf(aim: IlrRecord): IlrRecord | undefined {
  return kids(aim, 'LearningDeliveryHE')[0];
}

/** The learner's LearnerHE record (at most one), if returned. */
export function learnerHeOf(learner: IlrRecord): IlrRecord | undefined {
  return kids(learner, 'LearnerHE')[0];
}

/** Whether a value is returned (present and not blank). */
export function known(rec: IlrRecord | undefined, field: string): boolean {
  return text(rec, field) !== undefined;
}

/** A whole-number code as a number, or undefined (blank or not a whole number). */
export function code(rec: IlrRecord | undefined, field: string): number | undefined {
  const v = text(rec, field)?.trim();
  return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}

/** The aim's start date on or after `from` (YYYY-MM-DD). */
export function startsFrom(aim: IlrRecord, from: string): boolean {
  const s = date(aim, 'LearnStartDate');
  return s !== undefined && s >= from;
}

/** What a HE aim rule is given: the aim, its HE record, the learner and the context. */
export interface HeAim {
  aim: IlrRecord;
  he: IlrRecord;
  learner: IlrRecord;
  ctx: RuleContext;
}

/** The check of a HE aim rule: for each aim with a LearningDeliveryHE record, `fires` names the HE field to report. */
export function heCheck(fires: (x: HeAim) => string | undefined | null): LearnerRule['check'] {
  return (learner, ctx) => {
    for (const aim of deliveries(learner)) {
      const he = heOf(aim);
      if (!he) continue;
      const field = fires({ aim, he, learner, ctx });
      if (field !== undefined && field !== null) ctx.report(he, field, { aim });
    }
  };
}

/** A rule over each aim that has a LearningDeliveryHE record, reported at the HE field `fires` returns. */
export function heRule(meta: RuleMeta, fires: (x: HeAim) => string | undefined | null): LearnerRule {
  return { ...meta, scope: 'learner', check: heCheck(fires) };
}

/**
 * The names a HE field's code list has in the shipped code assets: its element name (2025-26 asset, from the
 * specification pages) and ESFA's lookup name (2020-21 asset, from the Learner Entry Tool's Lookups.xml).
 */
const HE_LIST_NAMES: Readonly<Record<string, readonly string[]>> = {
  MODESTUD: ['MODESTUD', 'ModeStud'],
  FUNDLEV: ['FUNDLEV', 'FundLev'],
  MSTUFEE: ['MSTUFEE', 'MSTuFee'],
  QUALENT3: ['QUALENT3', 'QualEnt3'],
  SPECFEE: ['SPECFEE', 'SpecFee'],
  TTACCOM: ['TTACCOM', 'TTAccom'],
  TYPEYR: ['TYPEYR', 'TypeYr'],
  SEC: ['SEC'],
  ELQ: ['ELQ'],
  FINTYPE: ['FINTYPE'],
};

/** The name of the year's own code list for a HE field, or undefined when the product has no own list for the year. */
export function heListFor(year: IlrYear, field: string): string | undefined {
  return (HE_LIST_NAMES[field] ?? [field]).find((n) => hasOwnList(year, n));
}

/** A "valid lookup" rule on a HE field: lookupRule over the year's own list, whatever name the year's asset gives it. */
export function heLookupRule(meta: RuleMeta, target: LookupTarget): LearnerRule {
  return lookupRule(meta, target, (year) => heListFor(year, target.field));
}

/** How a HE "valid to" rule treats codes (see ValidityOptions in learner/code-lookup.ts). */
export interface HeValidity {
  validFrom?: boolean;
  unknown?: boolean;
}

/**
 * The check of a HE "valid to" rule over the year's own list, whatever name the year's asset gives it: a code used
 * after its valid-to date on the date `dateOf` gives (with `validFrom`, also before its valid-from date; with
 * `unknown`, also a code the list lacks). validToRule in learner/code-lookup.ts does the same over a list named by the
 * field; this is for the 2020-21 asset, whose HE lists have ESFA's lookup names.
 */
export function heValidToCheck(
  target: LookupTarget,
  dateOf: (learner: IlrRecord, held: Held, ctx: RuleContext) => string | undefined,
  skip: (held: Held) => boolean = () => false,
  options: HeValidity = {},
): LearnerRule['check'] {
  return (learner, ctx) => {
    const list = heListFor(ctx.year, target.field);
    if (list === undefined) return;
    for (const held of recordsAt(learner, target.records)) {
      const value = text(held.rec, target.field);
      if (value === undefined || skip(held)) continue;
      const entry = codeEntry(ctx.year.code, list, value);
      if (!entry) {
        if (options.unknown && isUnknownCode(ctx.year.code, list, value)) reportValue(ctx, held, target.field);
        continue;
      }
      const on = dateOf(learner, held, ctx);
      if (on === undefined) continue;
      if ((entry.validTo && on > entry.validTo) || (options.validFrom && entry.validFrom && on < entry.validFrom)) reportValue(ctx, held, target.field);
    }
  };
}

/** Whether the year has its own list for the HE field (under either name). */
export function hasHeList(year: IlrYear, field: string): boolean {
  return heListFor(year, field) !== undefined;
}

/**
 * Whether the year's official list says the rule needs nothing beyond the file. A rule that needs reference data in
 * some year (LearningDeliveryHE_02 in 2020-21: ESFA's service excluded universities by their legal organisation type)
 * is not run, partly, in that year.
 */
export function selfContainedIn(year: IlrYear, id: string): boolean {
  const list = officialList(year.code);
  const r = list ? ruleInList(list, id) : undefined;
  return r === undefined || r.needs === 'self';
}

/** The academic year (1 August to 31 July) a date falls in, by the year it starts. */
export function academicYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 8 ? y : y - 1;
}

/** A UK postcode in the valid format (HEPostCode_02): the one format of every postcode rule. */
export { isPostcodeFormat as postcodeFormatValid } from '../derived/postcode-format';

/**
 * The HESA Student support number check (https://www.hesa.ac.uk/collection/c17051/a/ssn): four letters (no I, O, Q
 * or Z), eight digits and a check letter (no I, O or Q). Each of the first 12 characters is weighted 13 down to 2
 * (letters valued A=0 … Y=21, skipping I, O and Q); the check letter is the (23 − total mod 23)th of A…Z without
 * I, O and Q. Compared in upper case.
 */
const SSN = /^[A-HJ-NPR-Y]{4}[0-9]{8}[A-HJ-NPR-Z]$/;
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export function ssnValid(raw: string): boolean {
  const ssn = raw.trim().toUpperCase();
  if (!SSN.test(ssn)) return false;
  let total = 0;
  for (let i = 0; i < 12; i++) {
    const c = ssn[i]!;
    const value = i < 4 ? LETTERS.indexOf(c) : Number(c);
    total += value * (13 - i);
  }
  const check = 23 - (total % 23);
  return LETTERS[check - 1] === ssn[12];
}

/** Whether a country field (PERMADDCOUNTRY, or 2020-21's DOMICILE) holds one of the codes (trimmed; in any case unless `exact`). */
export function countryIn(he: IlrRecord, field: string, codes: readonly string[], exact = false): boolean {
  const v = text(he, field);
  if (v === undefined) return false;
  return codes.includes(exact ? v : v.trim().toUpperCase());
}

/** The codes of the Country of Permanent Address the rules call "within the British Isles": XF England, XG Northern Ireland, XH Scotland, XI Wales, XK United Kingdom not otherwise specified. */
export const BRITISH_ISLES = ['XF', 'XG', 'XH', 'XI', 'XK'] as const;
