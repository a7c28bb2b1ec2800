import { createExcelPort } from '../excel/excel-port';
import type { WorkbookPort } from '../excel/workbook-port';

/**
 * The port the task pane uses when none is given: Office.js inside Excel. Undefined outside an Office host (no
 * `Excel` global), where the pane says it needs Excel.
 */
export function defaultPort(): WorkbookPort | undefined {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') return undefined;
  return createExcelPort();
}
