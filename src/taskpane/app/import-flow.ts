import type { IlrMessage } from '../../core/model/record';
import { checkCellLengths, planWorkbook, type WorkbookPlan } from '../../core/sheet/workbook-plan';
import { messageToTables, tableSource, templateTables } from '../../core/sheet/write-tables';

/** The sheet of Destination and Progression outcomes (see core/sheet/layout.ts). */
const DESTINATIONS_SHEET = 'DPOutcome';
import type { SheetTable } from '../../core/sheet/table';
import { readIlrXml } from '../../core/xml/read-xml';
import { readIlrXmlBytes } from '../../core/xml/read-xml-bytes';
import type { WorkbookPort } from '../excel/workbook-port';

export interface ImportPlan {
  message: IlrMessage;
  tables: SheetTable[];
  /** How the sheets are laid out (the same plan the CLI's writer follows). */
  layout: WorkbookPlan;
  /** Sheets already in the workbook that the import would replace. */
  overwrites: string[];
  learners: number;
  /** What the reader noted but did not refuse (the file's encoding, whitespace around numbers, elements out of order). */
  notes: string[];
}

/**
 * Reads an ILR XML file — its bytes, decoded by its own encoding declaration as the command line does, or a text — and
 * works out which sheets it would write; throws IlrReadError with a clear message.
 */
export async function planImport(port: WorkbookPort, xml: string | Uint8Array): Promise<ImportPlan> {
  const read = typeof xml === 'string' ? { message: readIlrXml(xml), notes: [] } : readIlrXmlBytes(xml);
  const message = read.message;
  const tables = messageToTables(message);
  const existing = new Set(await port.sheetNames());
  // An ILR sheet the file has no records for is emptied too (headers kept), so no row of an earlier return is left
  // behind to be read with this one; the destinations sheet of a year whose file cannot hold them is the provider's
  // own tracking and is left alone.
  const written = new Set(tables.map((t) => t.sheet));
  for (const t of templateTables(message.year)) {
    if (written.has(t.sheet) || !existing.has(t.sheet)) continue;
    if (t.sheet === DESTINATIONS_SHEET && !message.year.hasDestinations) continue;
    tables.push(t);
  }
  const overwrites = tables.map((t) => t.sheet).filter((n) => existing.has(n));
  const learners = (message.root.children.Learner ?? []).length;
  // a value Excel cannot hold (over 32,767 characters) stops the import before anything is written
  for (const t of tables) t.rows.forEach((r, i) => checkCellLengths(t, r, i));
  const layout = planWorkbook(message.year, tables.map(tableSource));
  return { message, tables, layout, overwrites, learners, notes: read.notes };
}

/** Writes the planned sheets; resolves to what of the layout this Excel could not do (empty when all was done). */
export async function applyImport(port: WorkbookPort, plan: ImportPlan): Promise<string[]> {
  return (await port.writeTables(plan.tables, plan.layout)) ?? [];
}
