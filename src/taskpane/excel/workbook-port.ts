import type { SheetTable } from '../../core/sheet/table';
import type { WorkbookPlan } from '../../core/sheet/workbook-plan';
import type { SummaryBlock } from '../../core/summary/summary-tables';

/** A cell to mark, with the text of its marker (the finding's rule ID and message). */
export interface CellMark {
  sheet: string;
  /** A1-style address within the sheet, e.g. "K12". */
  cell: string;
  /** Short text shown with the mark (note/comment or marker), e.g. "CompStatus_02: …". */
  text: string;
}

/** What Highlight could do on this host (see excel/requirements.ts). */
export interface HighlightOutcome {
  /** Cells marked (coloured, or noted where colour is missing). */
  cells: number;
  /** Notes added. */
  notes: number;
  /** False on a host without conditional formats (ExcelApi 1.6): no colour. */
  coloured: boolean;
  /** False on a host without notes (ExcelApi 1.18): colour only. */
  notesSupported: boolean;
}

export interface ReturnLogEntry {
  /** ISO date-time of the export (UTC); the Returns sheet shows it as a UK date-time. */
  exportedAt: string;
  fileName: string;
  serialNo: string;
  learners: number;
  deliveries: number;
  destinations: number;
  sha256: string;
}

export type Progress = (done: number, total: number) => void;

/**
 * Everything the task pane asks of the workbook. The Office.js implementation (excel/excel-port.ts) holds
 * no business logic; tests use it against office-addin-mock and, in the browser test, an in-page Excel host.
 */
export interface WorkbookPort {
  /** Names of the worksheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /** The used range of a sheet as a table (values only), read in blocks with one sync per block; undefined when the sheet is empty or missing. */
  readSheet(name: string, progress?: Progress): Promise<SheetTable | undefined>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Marks the cells (colour plus a text marker), remembering how to undo exactly these marks; says what the host
   * allowed (a port that returns nothing did it all).
   */
  highlight(marks: CellMark[]): Promise<HighlightOutcome | void>;
  /** Removes every mark this add-in made, leaving the user's own formatting as it was. */
  clearHighlights(): Promise<void>;
  /**
   * Writes tables into sheets (creating them; replacing only the named sheets' contents), laid out as the workbook plan
   * says when one is given (Excel tables, widths, frozen header, drop-downs, notes, print setup, the hidden Lists sheet).
   * Resolves to what of the layout this host could not do (e.g. "drop-down lists of codes (…ExcelApi 1.8)"), if anything.
   */
  writeTables(tables: SheetTable[], plan?: WorkbookPlan): Promise<string[] | void>;
  /** Settings saved with the workbook (unvalidated JSON; the caller validates). */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /**
   * The collection years the user added from official XSDs, as saved with the workbook (core/years/stored-years.ts's
   * text), so they are there when the workbook opens again, for anyone. Optional: a port without them cannot keep an
   * added year beyond the session.
   */
  loadAddedYears?(): Promise<string | undefined>;
  saveAddedYears?(xml: string): Promise<void>;
  /**
   * Asks Excel to recalculate the workbook, so the ILR.* cells take the pane's year, as-of date and advice settings
   * (Excel does not know the functions depend on them). Optional.
   */
  recalculate?(): Promise<void>;
  /** The export log kept in the `Returns` sheet. */
  readReturnLog(): Promise<ReturnLogEntry[]>;
  appendReturnLog(entry: ReturnLogEntry): Promise<void>;
  /**
   * Writes the summary blocks to the `Summary` sheet (made by the add-in; a user's own sheet of that name is refused)
   * with a column chart of each block marked `chart`. Optional: ports without it hide "Write to Summary sheet".
   */
  writeSummary?(blocks: SummaryBlock[]): Promise<void>;
}
