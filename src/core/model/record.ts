import type { IlrYear } from '../years/year';

/** Where a value came from: a worksheet cell, or a line of an XML file. */
export type Location = { sheet: string; cell: string } | { line: number };

/** One simple value, held as the text the XML would carry (dates as YYYY-MM-DD), with where it came from. */
export interface Value {
  text: string;
  loc?: Location;
}

/**
 * One ILR record: an element with children, e.g. a Learner, a LearningDelivery, a LearnerFAM.
 * `fields` holds its simple children by element name, `children` its complex children (each a list,
 * also when the XSD allows only one). The XML writer puts them in schema order, so the order here does not matter.
 */
export interface IlrRecord {
  name: string;
  fields: Record<string, Value>;
  children: Record<string, IlrRecord[]>;
  /** Where the record itself is: its first cell's row, or its start tag's line. */
  loc?: Location;
}

/** A whole ILR message (one file or one workbook) for one collection year. */
export interface IlrMessage {
  year: IlrYear;
  /** The Message element. */
  root: IlrRecord;
}

export function newRecord(name: string, loc?: Location): IlrRecord {
  // two shapes only (with and without a location), made without a spread: millions are made for a large file
  return loc ? { name, fields: {}, children: {}, loc } : { name, fields: {}, children: {} };
}

export function addChild(parent: IlrRecord, child: IlrRecord): IlrRecord {
  const list = parent.children[child.name];
  // a new list made as a literal holds one slot; V8 gives a list made empty and then pushed to 17 (most lists stay small)
  if (list) list.push(child);
  else parent.children[child.name] = [child];
  return child;
}

export function setField(rec: IlrRecord, name: string, text: string, loc?: Location): void {
  rec.fields[name] = loc ? { text, loc } : { text };
}

export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  return 'sheet' in loc ? `${loc.sheet}!${loc.cell}` : `line ${loc.line}`;
}
