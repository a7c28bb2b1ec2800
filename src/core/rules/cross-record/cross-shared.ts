import { date, deliveries, int, kids, text } from '../../model/access';
import type { IlrRecord } from '../../model/record';
import { sameCode } from '../derived/aims';
import type { RuleContext } from '../types';
import { othersOf } from '../related';

/**
 * Helpers of the cross-record rules (R_*): grouping records by a key, reporting every copy of a duplicate with the
 * others as `related`, a learner's FAMs of a type, and the programme/component matches the structure rules make.
 */

/** Groups records by a key (records without a key are left out), keeping the file's order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** A record and the aim it belongs to (for a FAM, financial record, work placement or monitoring record of an aim). */
export interface Held {
  record: IlrRecord;
  aim?: IlrRecord;
}

/**
 * Reports every record of each group of two or more at its `field`, each with the group's other records as `related`
 * (so every copy's cell is marked).
 */
export function reportDuplicates(ctx: RuleContext, groups: Map<string, Held[]>, field: string): void {
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    for (const h of list) {
      const { others, total } = othersOf(list, h);
      ctx.report(h.record, field, { aim: h.aim, related: others.map((o) => ({ record: o.record, field, aim: o.aim })), relatedTotal: total });
    }
  }
}

/** A whole-number code as a key ("034" = "34"); other text upper-cased. */
export function codeKey(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  return /^\d+$/.test(t) ? String(Number(t)) : t.toUpperCase();
}

/** The FAM type of a LearningDeliveryFAM, upper-cased. */
export const famType = (f: IlrRecord): string | undefined => text(f, 'LearnDelFAMType')?.trim().toUpperCase();

/** An aim's LearningDeliveryFAMs of a type (case-insensitive). */
export function aimFams(aim: IlrRecord, type: string): IlrRecord[] {
  return kids(aim, 'LearningDeliveryFAM').filter((f) => famType(f) === type);
}

/** Whether the aim has a FAM of the type with the code. */
export function hasFam(aim: IlrRecord, type: string, code: string): boolean {
  return aimFams(aim, type).some((f) => sameCode(text(f, 'LearnDelFAMCode'), code));
}

/** Every LearningDeliveryFAM of a type on the learner's aims, with its aim. */
export function learnerFamsOfType(learner: IlrRecord, type: string): Held[] {
  const out: Held[] = [];
  for (const aim of deliveries(learner)) for (const record of aimFams(aim, type)) out.push({ record, aim });
  return out;
}

/** Compares ISO dates for sorting; a missing date sorts last. */
export function byDate(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** The aim's FAMs of a type by LearnDelFAMDateFrom (a FAM without one last; ties keep the file's order). */
export function famsByDateFrom(fams: readonly IlrRecord[]): IlrRecord[] {
  return [...fams].sort((a, b) => byDate(date(a, 'LearnDelFAMDateFrom'), date(b, 'LearnDelFAMDateFrom')));
}

/**
 * The latest FAM of a type on the aim: the one with the latest LearnDelFAMDateFrom (FAMs without one count only when
 * none has one), the first in the file on a tie.
 */
export function latestFam(aim: IlrRecord, type: string): IlrRecord | undefined {
  let best: IlrRecord | undefined;
  for (const f of aimFams(aim, type)) {
    if (best === undefined) {
      best = f;
      continue;
    }
    const d = date(f, 'LearnDelFAMDateFrom');
    const b = date(best, 'LearnDelFAMDateFrom');
    if (d !== undefined && (b === undefined || d > b)) best = f;
  }
  return best;
}

export const aimType = (a: IlrRecord): number | undefined => int(a, 'AimType');
export const progType = (a: IlrRecord): number | undefined => int(a, 'ProgType');
export const fundModelOf = (a: IlrRecord): number | undefined => int(a, 'FundModel');
export const isProgrammeAim = (a: IlrRecord): boolean => aimType(a) === 1;
export const isComponentAim = (a: IlrRecord): boolean => aimType(a) === 3;

/** A key of fields of an aim (whole numbers compared as numbers, text trimmed and upper-cased; absent = empty). */
export function aimKey(aim: IlrRecord, fields: readonly string[]): string {
  return fields.map((f) => codeKey(text(aim, f)) ?? '').join('|');
}

/** Whether no LearnActEndDate is returned. */
export const isOpen = (a: IlrRecord): boolean => text(a, 'LearnActEndDate') === undefined;

/** The Skills Bootcamp event aims (LearnAimRef) of R_150 and R_154. */
export const BOOTCAMP_EVENT_AIMS: readonly string[] = ['Z0059747', 'Z0059748', 'Z0059749', 'Z0060439', 'Z0009541', 'Z0060440', 'Z0060441', 'Z0060442', 'Z0060443'];
/** The three event aims R_138 names. */
export const R138_EVENT_AIMS: readonly string[] = ['Z0059747', 'Z0059748', 'Z0059749'];

export const aimRefIn = (a: IlrRecord, refs: readonly string[]): boolean => refs.includes(text(a, 'LearnAimRef')?.trim().toUpperCase() ?? '');

/**
 * A learner's Skills Bootcamp programmes (ProgType 32, AimType 1) by ConRefNumber: the earliest LearnStartDate of the
 * programme aims of each contract reference (R_144, R_150, R_152–R_154).
 */
export function bootcampStarts(learner: IlrRecord): Map<string, { start: string; aim: IlrRecord }> {
  const out = new Map<string, { start: string; aim: IlrRecord }>();
  for (const a of deliveries(learner)) {
    if (!isProgrammeAim(a) || progType(a) !== 32) continue;
    const start = date(a, 'LearnStartDate');
    if (start === undefined) continue;
    const k = conRef(a);
    const cur = out.get(k);
    if (cur === undefined || start < cur.start) out.set(k, { start, aim: a });
  }
  return out;
}

/** The ConRefNumber as a key (trimmed, upper-cased; absent = empty). */
export const conRef = (a: IlrRecord): string => text(a, 'ConRefNumber')?.trim().toUpperCase() ?? '';

/**
 * The aims of the learner that `isSubject` selects and for which no aim that `isPartner` selects has the same key of
 * `fields` (one set of the partners' keys: linear in the learner's aims).
 */
export function withoutPartner(learner: IlrRecord, isSubject: (a: IlrRecord) => boolean, isPartner: (a: IlrRecord) => boolean, fields: readonly string[]): IlrRecord[] {
  const aims = deliveries(learner);
  const subjects = aims.filter(isSubject);
  if (subjects.length === 0) return [];
  const keys = new Set(aims.filter(isPartner).map((a) => aimKey(a, fields)));
  return subjects.filter((a) => !keys.has(aimKey(a, fields)));
}

/**
 * Dated FAMs (LearnDelFAMDateFrom, LearnDelFAMDateTo; no DateTo = open) that overlap an earlier one: taken by DateFrom,
 * each FAM that starts while an earlier one still runs is returned with the earlier FAM that runs longest. An earlier
 * FAM ending on the later one's DateFrom overlaps it when `sameDay` (else only when it ends after). FAMs without a
 * DateFrom are left out.
 */
export function overlappingFams(fams: readonly Held[], sameDay: boolean): { later: Held; earlier: Held }[] {
  const dated = fams.filter((h) => date(h.record, 'LearnDelFAMDateFrom') !== undefined);
  if (dated.length < 2) return [];
  dated.sort((a, b) => byDate(date(a.record, 'LearnDelFAMDateFrom'), date(b.record, 'LearnDelFAMDateFrom')));
  const out: { later: Held; earlier: Held }[] = [];
  let holder = dated[0]!;
  let end = date(holder.record, 'LearnDelFAMDateTo');
  for (let i = 1; i < dated.length; i++) {
    const h = dated[i]!;
    const from = date(h.record, 'LearnDelFAMDateFrom')!;
    if (end === undefined || from < end || (sameDay && from === end)) out.push({ later: h, earlier: holder });
    const e = date(h.record, 'LearnDelFAMDateTo');
    if (end !== undefined && (e === undefined || e > end)) {
      holder = h;
      end = e;
    }
  }
  return out;
}

/**
 * A learner's Skills Bootcamp programmes (ProgType 32) by FundModel, ProgType and ConRefNumber: the latest programme aim
 * (AimType 1; latest LearnStartDate, the later in the file on a tie) and the component aims (AimType 3) of each
 * (R_140, R_143).
 */
export function bootcampGroups(learner: IlrRecord): { latest?: IlrRecord; components: IlrRecord[] }[] {
  const groups = new Map<string, { latest?: IlrRecord; components: IlrRecord[] }>();
  for (const a of deliveries(learner)) {
    if (progType(a) !== 32 || !(isProgrammeAim(a) || isComponentAim(a))) continue;
    const k = aimKey(a, ['FundModel', 'ProgType', 'ConRefNumber']);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { components: [] }));
    if (isComponentAim(a)) g.components.push(a);
    else {
      const cur = date(g.latest, 'LearnStartDate');
      const s = date(a, 'LearnStartDate');
      if (g.latest === undefined || (s !== undefined && (cur === undefined || s >= cur))) g.latest = a;
    }
  }
  return [...groups.values()];
}
