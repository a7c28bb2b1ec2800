import { date, destinationRecords, dpOutcomes, learners, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import type { IlrYear } from '../../years/year';
import { messageDerived } from '../derived/define';
import type { RuleContext, RuleMeta, Severity } from '../types';

/**
 * What the Destination and Progression rules share: their per-year severity and message, reporting at an outcome's
 * cell, and the look-ups between learners and destination records (built once per run, so cross-record rules stay
 * linear in the number of records).
 *
 * Source of every DP rule: ESFA's own 2020-21 validation service (SkillsFundingAgency/DC-ILR-2021-ValidationService,
 * Rules/DestinationAndProgression, Rules/CrossEntity, Rules/LearningDelivery/Outcome, Rules/Message/FileLevel/Entity),
 * read for its logic. The 2020-21 rules list with the official message wording is not among the stored sources, so the
 * messages are ours, written in the official style from the rule's logic, except R107 and R108 whose official
 * wording was found (see their files); each rule file says what it checks.
 */

export const DP_GROUP = 'destination';
export const DP_SOURCE = "ESFA's 2020-21 validation service (SkillsFundingAgency/DC-ILR-2021-ValidationService)";

/** The seven outcome types of the specification. */
export const OUT_TYPES = ['EDU', 'EMP', 'GAP', 'NPE', 'OTH', 'SDE', 'VOL'] as const;

/**
 * Metadata for a DP data-quality rule that runs in every year: its official severity where the year's ILR has the
 * entity, advice where it has not (the records are kept in the workbook but not returned).
 */
export function dpEveryYear(official: Severity): Pick<RuleMeta, 'severity' | 'severityFor' | 'findingNoteFor' | 'needs' | 'group'> {
  return {
    severity: official,
    severityFor: (y: IlrYear) => (y.hasDestinations ? official : 'advice'),
    findingNoteFor: (y: IlrYear) =>
      y.hasDestinations ? undefined : `advice: the ${y.label} ILR has no Destination and Progression entity, so this record stays in the workbook and is not returned`,
    needs: 'self',
    group: DP_GROUP,
  };
}

/** Metadata for a DP rule about the file as returned: only for years whose ILR has the entity. */
export function dpReturnedOnly(official: Severity): Pick<RuleMeta, 'severity' | 'appliesTo' | 'needs' | 'group'> {
  return { severity: official, appliesTo: (y: IlrYear) => y.hasDestinations, needs: 'self', group: DP_GROUP };
}

/** OutType as compared by the rules: trimmed, upper case (ESFA compares types case-insensitively). */
export function outType(o: IlrRecord): string | undefined {
  return text(o, 'OutType')?.trim().toUpperCase();
}

/** OutCode as a canonical number string ("01" → "1"), or the trimmed text when it is not a whole number. */
export function outCode(o: IlrRecord): string | undefined {
  const c = text(o, 'OutCode')?.trim();
  if (c === undefined) return undefined;
  return /^\d+$/.test(c) ? String(Number(c)) : c;
}

function index(records: IlrRecord[], key: (ref: string) => string): Map<string, IlrRecord[]> {
  const m = new Map<string, IlrRecord[]>();
  for (const r of records) {
    const ref = text(r, 'LearnRefNumber')?.trim();
    if (ref === undefined) continue;
    const k = key(ref);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const upper = (s: string): string => s.toUpperCase();

/** Destination records by LearnRefNumber, compared case-insensitively (keys upper case). Built once per run. */
export const DESTINATIONS_BY_LEARNER = messageDerived('destination records by learner', (msg) => index(destinationRecords(msg), upper));

/** Learner records by LearnRefNumber, compared case-insensitively (keys upper case). Built once per run. */
export const LEARNERS_BY_REF = messageDerived('learners by reference', (msg) => index(learners(msg), upper));

/** The destination records of a learner (case-insensitive LearnRefNumber match). */
export function destinationsOf(ctx: RuleContext, learner: IlrRecord): IlrRecord[] {
  const ref = text(learner, 'LearnRefNumber')?.trim();
  return ref === undefined ? [] : (ctx.get(DESTINATIONS_BY_LEARNER).get(ref.toUpperCase()) ?? []);
}

/** The learner records with the destination record's LearnRefNumber (case-insensitive). */
export function learnersOf(ctx: RuleContext, ldp: IlrRecord): IlrRecord[] {
  const ref = text(ldp, 'LearnRefNumber')?.trim();
  return ref === undefined ? [] : (ctx.get(LEARNERS_BY_REF).get(ref.toUpperCase()) ?? []);
}

/** Whether any outcome of the records starts on or after the date. */
export function hasOutcomeFrom(records: readonly IlrRecord[], from: string): boolean {
  for (const ldp of records) {
    for (const o of dpOutcomes(ldp)) {
      const s = date(o, 'OutStartDate');
      if (s !== undefined && s >= from) return true;
    }
  }
  return false;
}

/** Adds whole years to an ISO date (29 February → 28 February in a non-leap year, as .NET's AddYears). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  let md = iso.slice(4);
  if (md === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '-02-28';
  return `${String(y).padStart(4, '0')}${md}`;
}
