import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import type { CellValue, SheetTable } from '../../core/sheet/table';
import { isCellError } from '../../core/sheet/table';
import {
  checkCellLengths,
  DATE_FORMAT,
  dropDownRange,
  planWorkbook,
  TEXT_FORMAT,
  type PlanOptions,
  type SheetPlan,
  type WorkbookPlan,
} from '../../core/sheet/workbook-plan';
import { tableSource, type SheetSource } from '../../core/sheet/write-tables';
import type { IlrYear } from '../../core/years/year';

/**
 * Writes an ILR workbook to an .xlsx file with exceljs' streaming writer, following the shared plan
 * (core/sheet/workbook-plan.ts): each row is written and committed as it is made, so memory stays flat whatever the
 * number of learners. One style object per column (and three for the Return sheet's mixed values), never one per cell
 * (exceljs recognises a style object it has seen, see its issue #2041); strings inline (no shared-strings table).
 *
 * Laid out as: a named font on headers and data, bold header row frozen, header notes, column widths, number formats
 * per column (dates dd/mm/yyyy, text @ so leading zeros survive), a filter on the header row (an autoFilter: exceljs'
 * streaming writer cannot write Excel tables), drop-down lists of codes, landscape print fitted to the page width with
 * the header row repeated, and a hidden Lists sheet with each code's description.
 */

export { DATE_FORMAT, TEXT_FORMAT };

export type WriteWorkbookOptions = PlanOptions;

type Style = Partial<ExcelJS.Style>;

/** Rows written between turns of the event loop, in which the zip compresses and writes out what the rows made. */
const YIELD_EVERY_ROWS = 500;

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === '';
}

interface Styles {
  header: Style;
  general: Style;
  date: Style;
  text: Style;
}

function stylesFor(plan: WorkbookPlan): Styles {
  const font = { name: plan.font.name, size: plan.font.size };
  return {
    header: Object.freeze({ font: { ...font, bold: true }, numFmt: TEXT_FORMAT }),
    general: Object.freeze({ font }),
    date: Object.freeze({ font, numFmt: DATE_FORMAT }),
    text: Object.freeze({ font, numFmt: TEXT_FORMAT }),
  };
}

function columnStyle(styles: Styles, numberFormat: string | undefined): Style {
  if (numberFormat === DATE_FORMAT) return styles.date;
  if (numberFormat === TEXT_FORMAT) return styles.text;
  return styles.general;
}

/** The style for a value in a General column (the Return sheet): dates and text keep their look. */
function valueStyle(styles: Styles, v: CellValue): Style {
  if (v instanceof Date) return styles.date;
  if (typeof v === 'string') return styles.text;
  return styles.general;
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, src: SheetSource, styles: Styles): Promise<void> {
  const last = plan.firstColumn + plan.columns.length - 1;
  const ws = wb.addWorksheet(plan.sheet, {
    views: [{ state: 'frozen', ySplit: plan.freezeRows, xSplit: 0, topLeftCell: `A${plan.freezeRows + 1}`, activeCell: `A${plan.freezeRows + 1}` }],
    pageSetup: {
      orientation: plan.print.orientation,
      ...(plan.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      printTitlesRow: plan.print.titleRows,
      paperSize: 9, // A4
    },
    ...(plan.filter && plan.columns.length
      ? { autoFilter: { from: { row: plan.headerRow, column: plan.firstColumn }, to: { row: plan.headerRow + plan.rowCount, column: last } } }
      : {}),
  });
  const colStyles = plan.columns.map((c) => columnStyle(styles, c.numberFormat));
  ws.columns = [
    ...Array.from({ length: plan.firstColumn - 1 }, () => ({})),
    ...plan.columns.map((c, i) => ({ width: c.width, style: colStyles[i] })),
  ] as Partial<ExcelJS.Column>[];
  // the streaming worksheet keeps validations by range (its typings leave them out)
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  plan.columns.forEach((c, i) => {
    const dd = c.dropDown;
    if (!dd) return;
    validations.add(dropDownRange(plan, i), {
      type: 'list',
      allowBlank: true,
      formulae: [dd.inline !== undefined ? `"${dd.inline}"` : dd.listRange],
      showInputMessage: true,
      promptTitle: dd.promptTitle,
      prompt: dd.prompt,
      showErrorMessage: true,
      errorStyle: dd.strict ? 'stop' : 'warning',
      errorTitle: dd.errorTitle,
      error: dd.error,
    });
  });
  const header = ws.getRow(plan.headerRow);
  plan.columns.forEach((c, i) => {
    const cell = header.getCell(plan.firstColumn + i);
    cell.value = excelValue(c.header);
    cell.style = styles.header;
    if (c.note) cell.note = c.note;
  });
  header.commit();
  const byValue = plan.columns.map((c) => c.numberFormat === undefined);
  let ri = 0;
  for (const r of src.rows()) {
    checkCellLengths(src, r, ri);
    const row = ws.getRow(plan.headerRow + 1 + ri);
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (isBlank(v)) continue;
      const cell = row.getCell(plan.firstColumn + i);
      cell.value = excelValue(v);
      cell.style = byValue[i] ? valueStyle(styles, v) : colStyles[i]!;
      if (i === 0 && plan.rowNotes?.[ri]) cell.note = plan.rowNotes[ri]!;
    }
    row.commit();
    ri++;
    // let the zip take what was written (the writer only buffers it until the event loop turns)
    if (ri % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  ws.commit();
}

function writeLists(wb: ExcelJS.stream.xlsx.WorkbookWriter, plan: WorkbookPlan, styles: Styles): void {
  const lists = plan.lists;
  if (!lists) return;
  const ws = wb.addWorksheet(lists.sheet, { state: 'hidden', views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = [{ width: 18 }, { width: 10 }, { width: 80 }] as Partial<ExcelJS.Column>[];
  const head = ws.getRow(1);
  lists.headers.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.style = styles.header;
  });
  head.commit();
  lists.rows.forEach((r, ri) => {
    const row = ws.getRow(ri + 2);
    r.forEach((v, i) => {
      if (isBlank(v)) return;
      const c = row.getCell(i + 1);
      c.value = excelValue(v);
      c.style = valueStyle(styles, v);
    });
    row.commit();
  });
  ws.commit();
}

/**
 * Writes the sheets (tables in memory, or sources whose rows are made as they are written) as an .xlsx file at exactly
 * `path`. Throws CellTooLongError (core/sheet/workbook-plan.ts) for a value Excel cannot hold, and then leaves no file.
 */
export async function writeWorkbookFile(path: string, sheets: (SheetSource | SheetTable)[], year: IlrYear, opts: WriteWorkbookOptions = {}): Promise<void> {
  const sources = sheets.map((s) => ('rowCount' in s ? s : tableSource(s)));
  const plan = planWorkbook(year, sources, opts);
  const styles = stylesFor(plan);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  wb.creator = 'ILR Workbench';
  try {
    for (let i = 0; i < plan.sheets.length; i++) await writeSheet(wb, plan.sheets[i]!, sources[i]!, styles);
    writeLists(wb, plan, styles);
    await wb.commit();
  } catch (e) {
    // the half-written zip stream: let it finish (or fail) then remove what it left
    await wb.commit().catch(() => undefined);
    rmSync(path, { force: true });
    throw e;
  }
}

