import type { WorkbookPort } from '../excel/workbook-port';

/**
 * The port the task pane uses when none is given: Office.js inside Excel. Undefined outside an Office host (the pane
 * then says it needs Excel).
 */
export function defaultPort(): WorkbookPort | undefined {
  return undefined;
}
