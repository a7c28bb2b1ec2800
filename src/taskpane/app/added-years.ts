import type { YearRegistry } from '../../core/years/registry';
import { parseStoredYears, readNewYear, restoreYears, storedYearsXml, type AddedYear } from '../../core/years/stored-years';
import type { WorkbookPort } from '../excel/workbook-port';

/**
 * The collection years a user adds in the task pane, over the workbook port: restored into the shared year registry
 * when the pane opens (before the settings, which may name such a year), previewed from a chosen XSD, and kept with
 * the workbook once the user confirms.
 */

/** Registers the years saved with the workbook; what could not be read is said, in words. */
export async function restoreAddedYears(port: WorkbookPort, registry: YearRegistry): Promise<string[]> {
  if (!port.loadAddedYears) return [];
  const xml = await port.loadAddedYears();
  if (xml === undefined) return [];
  const { stored, problems } = parseStoredYears(xml);
  return [...problems, ...restoreYears(registry, stored).problems];
}

/** Reads a chosen XSD against what the workbook keeps, changing nothing (refused with the reason when it is not usable). */
export async function previewYear(port: WorkbookPort, xsdText: string, file: string, now: Date = new Date()): Promise<AddedYear> {
  const xml = port.loadAddedYears ? await port.loadAddedYears() : undefined;
  const stored = xml === undefined ? [] : parseStoredYears(xml).stored;
  return readNewYear(xsdText, file, stored, now.toISOString());
}

/** Keeps a previewed year: saved with the workbook, then registered for the pane and the functions. */
export async function keepYear(port: WorkbookPort, registry: YearRegistry, added: AddedYear): Promise<void> {
  if (!port.saveAddedYears) throw new Error('this host cannot save a collection year with the workbook');
  await port.saveAddedYears(storedYearsXml(added.stored));
  registry.register(added.year.xsd, added.year.source);
}
