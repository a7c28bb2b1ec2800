import type { IlrMessage, IlrRecord, Location } from './record';

/** Read access to the model used by rules, the summary and the writers. Absent or blank values read as undefined. */

export function text(rec: IlrRecord | undefined, field: string): string | undefined {
  const v = rec?.fields[field]?.text;
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** A whole number, or undefined when absent or not a whole number (FD rules report the latter). */
export function int(rec: IlrRecord | undefined, field: string): number | undefined {
  const v = text(rec, field)?.trim();
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return undefined;
  return Number(v);
}

export function decimal(rec: IlrRecord | undefined, field: string): number | undefined {
  const v = text(rec, field)?.trim();
  if (v === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return undefined;
  return Number(v);
}

/** A date as an ISO string YYYY-MM-DD (ISO strings compare correctly with < and >), or undefined when absent or not a date. */
export function date(rec: IlrRecord | undefined, field: string): string | undefined {
  const v = text(rec, field)?.trim();
  if (v === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  return m ? m[1] : undefined;
}

export function loc(rec: IlrRecord | undefined, field: string): Location | undefined {
  return rec?.fields[field]?.loc ?? rec?.loc;
}

export function kids(rec: IlrRecord | undefined, name: string): IlrRecord[] {
  return rec?.children[name] ?? [];
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
