/**
 * The Excel JavaScript API requirement sets the add-in uses, and the one check of whether the host has one.
 *
 * The manifest declares ExcelApi MANIFEST_EXCEL_API (manifest.xml <Requirements>): Excel will not load the add-in on a
 * host without it, so the APIs of that set and older are called without a check (workbook settings, getItemOrNullObject
 * and getUsedRangeOrNullObject are 1.4). Every API of a later set is called only after `excelApiSupported(…)`, with a
 * path for a host without it (excel-port.ts; tested on the in-memory host with an older `excelApi`):
 *  - 1.5 custom XML parts: the added collection years go to a workbook setting instead;
 *  - 1.6 conditional formats: Highlight adds notes only (if it can) and Clear leaves conditional formats alone;
 *  - 1.7 getRangeByIndexes: A1 addresses via getRange; ChartSeries.setXAxisValues: the Summary sheet has no charts;
 *  - 1.7 freezePanes: Import leaves the header row unfrozen (and says so);
 *  - 1.8 data validation: Import writes no drop-down lists (and says so);
 *  - 1.9 getRanges (RangeAreas): one conditional format per cell; pageLayout: Import leaves print setup alone (and says so);
 *  - 1.18 notes: Highlight colours without notes; Clear leaves notes (and their record) for a host that has them.
 * Sources: the "[Api set: ExcelApi x.y]" remarks of each member in Microsoft's Excel JavaScript API reference.
 */
export const MANIFEST_EXCEL_API = '1.4';

export const EXCEL_API = {
  customXmlParts: '1.5',
  conditionalFormats: '1.6',
  rangeByIndexes: '1.7',
  chartCategories: '1.7',
  freezePanes: '1.7',
  dataValidation: '1.8',
  rangeAreas: '1.9',
  pageLayout: '1.9',
  notes: '1.18',
} as const;

/** Whether the host supports ExcelApi `version`; false outside Office or when the check itself fails. */
export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
