import type { IlrMessage } from '../../core/model/record';
import { messageToTables } from '../../core/sheet/write-tables';
import type { SheetTable } from '../../core/sheet/table';
import { readIlrXml } from '../../core/xml/read-xml';
import type { WorkbookPort } from '../excel/workbook-port';

export interface ImportPlan {
  message: IlrMessage;
  tables: SheetTable[];
  /** Sheets already in the workbook that the import would replace. */
  overwrites: string[];
  learners: number;
}

/** Reads an ILR XML text and works out which sheets it would write; throws IlrReadError with a clear message. */
export async function planImport(port: WorkbookPort, xml: string): Promise<ImportPlan> {
  const message = readIlrXml(xml);
  const tables = messageToTables(message);
  const existing = new Set(await port.sheetNames());
  const overwrites = tables.map((t) => t.sheet).filter((n) => existing.has(n));
  const learners = (message.root.children.Learner ?? []).length;
  return { message, tables, overwrites, learners };
}

export async function applyImport(port: WorkbookPort, plan: ImportPlan): Promise<void> {
  await port.writeTables(plan.tables);
}
