import { createExcelPort, YEARS_SETTING_KEY } from '../../../../src/taskpane/excel/excel-port';
import { parseStoredYears, readNewYear, storedYearsXml, STORED_YEARS_NAMESPACE } from '../../../../src/core/years/stored-years';
import { likely2627 } from '../../../helpers/fake-year';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeExcel = require('../../../browser/fake-excel/fake-excel.js') as {
  install(data: unknown): { Excel: { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T> } };
  snapshot(): { settings: Record<string, unknown>; xmlParts: { namespace: string; xml: string }[]; sheets: unknown[] };
};

type Host = ReturnType<typeof FakeExcel.install>;
const portOf = (host: Host) => createExcelPort((b) => host.Excel.run(b));
const stored = () => readNewYear(likely2627(), 'ILR-2026-27.xsd', [], '2026-12-07T10:00:00Z').stored;

describe('added collection years are saved with the workbook (in-memory Excel host)', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('as a custom XML part (ExcelApi 1.5): saved, replaced, and read back after the workbook is reopened', async () => {
    const host = FakeExcel.install({ sheets: [{ name: 'Learner', cells: {} }] });
    const port = portOf(host);
    expect(await port.loadAddedYears!()).toBeUndefined();
    await port.saveAddedYears!(storedYearsXml(stored()));
    await port.saveAddedYears!(storedYearsXml(stored())); // saving again replaces, never duplicates
    const saved = FakeExcel.snapshot();
    expect(saved.xmlParts.filter((p) => p.namespace === STORED_YEARS_NAMESPACE)).toHaveLength(1);
    expect(saved.settings[YEARS_SETTING_KEY]).toBeUndefined();
    // reopen: a new host from what was saved (a colleague opening the same file)
    const reopened = FakeExcel.install({ sheets: [{ name: 'Learner', cells: {} }], xmlParts: saved.xmlParts });
    const xml = await portOf(reopened).loadAddedYears!();
    expect(parseStoredYears(xml!).stored).toEqual(stored());
  });

  it('a host without custom XML parts keeps them in the workbook settings instead', async () => {
    const host = FakeExcel.install({ sheets: [{ name: 'Learner', cells: {} }] });
    const office = (globalThis as unknown as { Office: { context: { requirements: { isSetSupported: (s: string, v?: string) => boolean } } } }).Office;
    office.context.requirements.isSetSupported = (set, v) => !(set === 'ExcelApi' && v === '1.5');
    const port = portOf(host);
    await port.saveAddedYears!(storedYearsXml(stored()));
    const saved = FakeExcel.snapshot();
    expect(saved.xmlParts).toEqual([]);
    expect(typeof saved.settings[YEARS_SETTING_KEY]).toBe('string');
    expect(parseStoredYears((await port.loadAddedYears!())!).stored).toEqual(stored());
  });

  it('recalculate asks Excel for a full recalculation (the ILR.* cells take the pane\'s settings)', async () => {
    const host = FakeExcel.install({ sheets: [{ name: 'Learner', cells: {} }] });
    await portOf(host).recalculate!();
    expect((FakeExcel.snapshot() as unknown as { calculations: string[] }).calculations).toEqual(['Full']);
  });
});
