import { BUNDLED_XSDS, UnknownYearError, YearRegistry, yearFromXsd } from './registry';
import type { IlrYear } from './year';
import { describeYearDiff, yearDiff, type YearDiff } from './year-diff';

/**
 * Collection years a user adds from an official XSD, kept with the workbook so the year is there the next time the
 * workbook opens, on any machine (the task pane stores this text as a custom XML part of the workbook). The XSD is
 * stored whole, base64-encoded (UTF-8), so no character of it is lost or read as markup.
 */
export const STORED_YEARS_NAMESPACE = 'urn:ilr-workbench:collection-years:1';

export interface StoredYear {
  /** Year code from the XSD, e.g. "2627". */
  code: string;
  /** The file the user chose, e.g. "ILR-2026-27.xsd". */
  file: string;
  /** When it was added (ISO date-time). */
  added: string;
  /** The XSD text. */
  xsd: string;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unattr = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(b64: string): string {
  const bin = atob(b64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The stored years as the XML part's text. */
export function storedYearsXml(stored: readonly StoredYear[]): string {
  const years = stored.map((y) => `<year code="${attr(y.code)}" file="${attr(y.file)}" added="${attr(y.added)}">${toBase64(y.xsd)}</year>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><collectionYears xmlns="${STORED_YEARS_NAMESPACE}">${years}</collectionYears>`;
}

/**
 * The stored years read back from the XML part's text (only the form storedYearsXml writes: no DTD, no entities).
 * A part that is not that form, or a year whose XSD does not decode, is a problem, said in words; nothing is guessed.
 */
export function parseStoredYears(xml: string): { stored: StoredYear[]; problems: string[] } {
  const problems: string[] = [];
  const stored: StoredYear[] = [];
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { stored, problems: ['the saved collection years are not in ILR Workbench\'s form (a DOCTYPE or ENTITY declaration): ignored'] };
  if (!xml.includes(`xmlns="${STORED_YEARS_NAMESPACE}"`)) return { stored, problems: ["the saved collection years are not in ILR Workbench's form: ignored"] };
  const re = /<year code="([^"]*)" file="([^"]*)" added="([^"]*)">([A-Za-z0-9+/=\s]*)<\/year>/g;
  for (const m of xml.matchAll(re)) {
    const [, code, file, added, b64] = m as unknown as [string, string, string, string, string];
    try {
      stored.push({ code: unattr(code), file: unattr(file), added: unattr(added), xsd: fromBase64(b64) });
    } catch {
      problems.push(`the saved XSD of year ${unattr(code)} (${unattr(file)}) could not be decoded: ignored`);
    }
  }
  return { stored, problems };
}

/** The year codes shipped with the product (never replaced by an added XSD). */
export function bundledYearCodes(): string[] {
  return BUNDLED_XSDS.map((x) => yearFromXsd(x, 'bundled').code);
}

export interface AddedYear {
  year: IlrYear;
  /** What the year's XSD changes against the newest shipped year. */
  diff: YearDiff;
  /** The diff in lines of text, for the pane. */
  changes: string[];
  /** The stored years with this one in (replacing an earlier XSD of the same year). */
  stored: StoredYear[];
}

/**
 * Reads a user's XSD for a new collection year without changing anything: the year it declares, what it changes against
 * the newest shipped year, and the stored list with it in. Refused with a reason (UnknownYearError): a file that is not an
 * ILR schema, or one for a year the product ships.
 */
export function readNewYear(xsdText: string, file: string, stored: readonly StoredYear[], added: string, registry = new YearRegistry()): AddedYear {
  let year: IlrYear;
  try {
    year = yearFromXsd(xsdText, file);
  } catch (e) {
    if (e instanceof UnknownYearError) throw e;
    throw new UnknownYearError(`${file}: not an ILR schema (${e instanceof Error ? e.message : String(e)})`);
  }
  const shipped = bundledYearCodes();
  if (shipped.includes(year.code)) throw new UnknownYearError(`${file}: ${year.label} is shipped with ILR Workbench; add the XSD of a year it does not ship`);
  const newest = registry.get(shipped.sort()[shipped.length - 1]!);
  const diff = yearDiff(year, newest);
  return { year, diff, changes: describeYearDiff(diff), stored: [...stored.filter((s) => s.code !== year.code), { code: year.code, file, added, xsd: xsdText }] };
}

/** Registers the stored years in a registry (the pane's and the functions', one shared runtime); a bad one is a problem, said, and skipped. */
export function restoreYears(registry: YearRegistry, stored: readonly StoredYear[]): { years: IlrYear[]; problems: string[] } {
  const years: IlrYear[] = [];
  const problems: string[] = [];
  for (const s of stored) {
    try {
      years.push(registry.register(s.xsd, s.file));
    } catch (e) {
      problems.push(`the saved XSD ${s.file} could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { years, problems };
}
