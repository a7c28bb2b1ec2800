import type { IlrMessage, IlrRecord, Location } from './record';

/** Read access to the model used by rules, the summary and the writers. Absent or blank values read as undefined. */

export function text(rec: IlrRecord | undefined, field: string): string | undefined {
  const v = rec?.fields[field]?.text;
  if (v === undefined || v.length === 0) return undefined;
  // the rules read fields hundreds of millions of times in a large file: trim only text that may be blank
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  if (first > 32 && first !== 160 && last > 32 && last !== 160) return v;
  return v.trim() === '' ? undefined : v;
}

/**
 * Parsed values by their text, shared by every record ("25", "2025-09-01" recur across learners): a value is parsed
 * once, not once per rule. Bounded: emptied when it grows past PARSED_MAX entries.
 */
const PARSED_MAX = 200_000;
const ints = new Map<string, number | undefined>();
const dates = new Map<string, string | undefined>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= PARSED_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** A whole number, or undefined when absent or not a whole number (FD rules report the latter). */
export function int(rec: IlrRecord | undefined, field: string): number | undefined {
  const raw = text(rec, field);
  if (raw === undefined) return undefined;
  // the common case, a few plain digits: read from the char codes, with no look-up
  const len = raw.length;
  if (len <= 9) {
    let n = 0;
    let i = 0;
    for (; i < len; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (i === len) return n;
  }
  const hit = ints.get(raw);
  if (hit !== undefined || ints.has(raw)) return hit;
  const v = raw.trim();
  return remember(ints, raw, /^[+-]?\d+$/.test(v) ? Number(v) : undefined);
}

export function decimal(rec: IlrRecord | undefined, field: string): number | undefined {
  const v = text(rec, field)?.trim();
  if (v === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return undefined;
  return Number(v);
}

/** Whether a text is exactly an ISO date's shape, YYYY-MM-DD (digits and hyphens). */
function isIsoDateShape(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A date as an ISO string YYYY-MM-DD (ISO strings compare correctly with < and >), or undefined when absent or not a date. */
export function date(rec: IlrRecord | undefined, field: string): string | undefined {
  const raw = text(rec, field);
  if (raw === undefined) return undefined;
  if (isIsoDateShape(raw)) return raw;
  const hit = dates.get(raw);
  if (hit !== undefined || dates.has(raw)) return hit;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim());
  return remember(dates, raw, m ? m[1] : undefined);
}

export function loc(rec: IlrRecord | undefined, field: string): Location | undefined {
  return rec?.fields[field]?.loc ?? rec?.loc;
}

/** No records: one shared, frozen empty list (the rules ask for absent children millions of times). */
const NO_RECORDS = Object.freeze([]) as unknown as IlrRecord[];

/** A record's children of a type, in order (the model's own list: do not change it); none: an empty, frozen list. */
export function kids(rec: IlrRecord | undefined, name: string): IlrRecord[] {
  return rec?.children[name] ?? NO_RECORDS;
}

export function learners(msg: IlrMessage): IlrRecord[] {
  return kids(msg.root, 'Learner');
}

export function deliveries(learner: IlrRecord): IlrRecord[] {
  return kids(learner, 'LearningDelivery');
}

/** Learner Destination and Progression records (from the XML for years that have the entity, or from the DPOutcome sheet). */
export function destinationRecords(msg: IlrMessage): IlrRecord[] {
  return kids(msg.root, 'LearnerDestinationandProgression');
}

export function dpOutcomes(ldp: IlrRecord): IlrRecord[] {
  return kids(ldp, 'DPOutcome');
}

/** The LearningDeliveryFAM records of a type, e.g. fams(delivery, 'SOF'). */
export function deliveryFams(delivery: IlrRecord, type: string): IlrRecord[] {
  return kids(delivery, 'LearningDeliveryFAM').filter((f) => text(f, 'LearnDelFAMType') === type);
}

export function learnerFams(learner: IlrRecord, type: string): IlrRecord[] {
  return kids(learner, 'LearnerFAM').filter((f) => text(f, 'LearnFAMType') === type);
}

export function header(msg: IlrMessage): { ukprn?: string; serialNo?: string; filePreparationDate?: string; dateTime?: string } {
  const h = kids(msg.root, 'Header')[0];
  const cd = kids(h, 'CollectionDetails')[0];
  const src = kids(h, 'Source')[0];
  return {
    ukprn: text(src, 'UKPRN') ?? text(kids(msg.root, 'LearningProvider')[0], 'UKPRN'),
    serialNo: text(src, 'SerialNo'),
    filePreparationDate: date(cd, 'FilePreparationDate'),
    dateTime: text(src, 'DateTime'),
  };
}
