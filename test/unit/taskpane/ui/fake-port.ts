import { readFileSync } from 'fs';
import path from 'path';
import type { SheetTable } from '../../../../src/core/sheet/table';
import { messageToTables } from '../../../../src/core/sheet/write-tables';
import { readIlrXml } from '../../../../src/core/xml/read-xml';
import type { CellMark, ReturnLogEntry, WorkbookPort } from '../../../../src/taskpane/excel/workbook-port';

/** An in-memory workbook behind the WorkbookPort interface, recording what the pane asked of it. */
export class FakePort implements WorkbookPort {
  readonly sheets = new Map<string, SheetTable>();
  readonly selected: { sheet: string; cell: string }[] = [];
  marks: CellMark[] = [];
  cleared = 0;
  written: SheetTable[][] = [];
  settings: unknown = undefined;
  /** The added collection years as saved with the workbook (the custom XML part's text). */
  addedYears: string | undefined = undefined;
  log: ReturnLogEntry[] = [];
  progressCalls = 0;

  constructor(tables: SheetTable[] = [], readonly extraSheets: string[] = []) {
    for (const t of tables) this.sheets.set(t.sheet, t);
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys(), ...this.extraSheets];
  }
  async readSheet(name: string, progress?: (done: number, total: number) => void): Promise<SheetTable | undefined> {
    const t = this.sheets.get(name);
    if (t) {
      progress?.(t.rows.length, t.rows.length);
      this.progressCalls++;
    }
    return t && { ...t, rows: t.rows.map((r) => [...r]) };
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
  }
  async highlight(marks: CellMark[]): Promise<void> {
    this.marks = marks;
  }
  async clearHighlights(): Promise<void> {
    this.cleared++;
    this.marks = [];
  }
  async writeTables(tables: SheetTable[]): Promise<void> {
    this.written.push(tables);
    for (const t of tables) this.sheets.set(t.sheet, t);
  }
  async loadSettings(): Promise<unknown> {
    return this.settings;
  }
  async saveSettings(settings: unknown): Promise<void> {
    this.settings = settings;
  }
  recalculations = 0;
  async recalculate(): Promise<void> {
    this.recalculations++;
  }
  async loadAddedYears(): Promise<string | undefined> {
    return this.addedYears;
  }
  async saveAddedYears(xml: string): Promise<void> {
    this.addedYears = xml;
  }
  async readReturnLog(): Promise<ReturnLogEntry[]> {
    return this.log;
  }
  async appendReturnLog(entry: ReturnLogEntry): Promise<void> {
    this.log.push(entry);
  }
}

export const ESFA_SAMPLE = path.join(__dirname, '../../../fixtures/xml/ILR-99999999-2526-20250108-094401.xml');

/** The ESFA sample file as workbook tables (it has R_07 and ULN_04 errors, ULN warnings and advice). */
export function sampleTables(): SheetTable[] {
  return messageToTables(readIlrXml(readFileSync(ESFA_SAMPLE, 'utf8')));
}

/** The tables with one cell changed (header names the column; row is the 0-based data row). */
export function withCell(tables: SheetTable[], sheet: string, row: number, header: string, value: string | number): SheetTable[] {
  return tables.map((t) => {
    if (t.sheet !== sheet) return t;
    const col = t.headers.indexOf(header);
    if (col < 0) throw new Error(`no column ${header} on ${sheet}`);
    const rows = t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r));
    return { ...t, rows };
  });
}
