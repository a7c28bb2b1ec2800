import { codeList } from '../codes';
import { years } from '../years/registry';
import { CellTooLongError, checkCellLengths, dropDownRange, DROP_DOWN_SPARE_ROWS, EXCEL_PROMPT_LIMIT, LISTS_SHEET, planWorkbook } from './workbook-plan';
import { tableSource, templateTables } from './write-tables';

const y = years.get('2526');
const plan = planWorkbook(y, templateTables(y).map(tableSource));
const sheet = (name: string) => plan.sheets.find((s) => s.sheet === name)!;
const column = (s: string, header: string) => sheet(s).columns.find((c) => c.header === header)!;

describe('the workbook plan', () => {
  it('gives a complete short list inline, as the cells hold the codes (numbers), stopping other codes', () => {
    const dd = column('LearningDelivery', 'CompStatus').dropDown!;
    expect(dd).toMatchObject({ key: 'CompStatus', values: [1, 2, 3, 6], inline: '1,2,3,6', strict: true });
    expect(column('DPOutcome', 'OutType').dropDown).toMatchObject({ inline: 'EDU,EMP,GAP,NPE,OTH,SDE,VOL', strict: true });
  });

  it('refers a list longer than the inline limit to its rows on the hidden code-list sheet, with descriptions', () => {
    // every 2025-26 list fits Excel's 255 characters inline (QUALENT3, the longest, takes 235): a lower limit shows the other way
    expect(column('LearningDelivery', 'LearningDeliveryHE.QUALENT3').dropDown!.inline).toHaveLength(235);
    const tight = planWorkbook(y, templateTables(y).map(tableSource), { inlineListLimit: 100 });
    const dd = tight.sheets.find((s) => s.sheet === 'LearningDelivery')!.columns.find((c) => c.header === 'LearningDeliveryHE.QUALENT3')!.dropDown!;
    expect(dd.inline).toBeUndefined();
    const m = /^'ILR Lists'!\$B\$(\d+):\$B\$(\d+)$/.exec(dd.listRange)!;
    const rows = tight.lists!.rows.slice(Number(m[1]) - 2, Number(m[2]) - 1);
    const codes = codeList('2526', 'QUALENT3')!;
    expect(rows).toEqual(codes.map((c) => ['QUALENT3', c.code, c.description ?? '']));
    expect(plan.lists!.sheet).toBe(LISTS_SHEET);
  });

  it('only warns on a code missing from an incomplete list (it may be valid)', () => {
    expect(column('LearningDeliveryFAM', 'LearnDelFAMType').dropDown!.strict).toBe(false);
    expect(column('LearningDelivery', 'LearningDeliveryHE.QUALENT3').dropDown!.strict).toBe(false);
  });

  it('gives no drop-down where the codes depend on a type in the same row, or where there is no list', () => {
    expect(column('LearningDeliveryFAM', 'LearnDelFAMCode').dropDown).toBeUndefined();
    expect(column('DPOutcome', 'OutCode').dropDown).toBeUndefined();
    expect(column('LearningDelivery', 'LearnAimRef').dropDown).toBeUndefined();
  });

  it('keeps prompts within Excel’s limits and describes the codes', () => {
    for (const s of plan.sheets) for (const c of s.columns) if (c.dropDown) {
      expect(c.dropDown.prompt.length).toBeLessThanOrEqual(EXCEL_PROMPT_LIMIT);
      expect(c.dropDown.error.length).toBeLessThanOrEqual(EXCEL_PROMPT_LIMIT);
      expect(c.dropDown.promptTitle.length).toBeLessThanOrEqual(32);
      expect(c.dropDown.errorTitle.length).toBeLessThanOrEqual(32);
    }
    expect(column('LearningDelivery', 'Outcome').dropDown!.prompt).toMatch(/^1 Achieved; 2 Partial achievement; 3 No achievement; 8 /);
  });

  it('sizes columns to their bold header plus the filter button; formats dates and text; notes the headers', () => {
    const seq = column('LearningDelivery', 'AimSeqNumber');
    expect(seq.width).toBeGreaterThanOrEqual('AimSeqNumber'.length + 4);
    expect(column('LearningDelivery', 'LearnStartDate').numberFormat).toBe('dd/mm/yyyy');
    expect(column('Learner', 'LearnRefNumber').numberFormat).toBe('@');
    expect(column('LearningDelivery', 'CompStatus').note).toMatch(/^CompStatus — /);
  });

  it('covers the rows and spare rows below with the drop-downs; freezes and filters the header; prints landscape with titles', () => {
    const ld = sheet('LearningDelivery');
    const i = ld.columns.findIndex((c) => c.header === 'CompStatus');
    expect(dropDownRange(ld, i)).toMatch(new RegExp(`^[A-Z]+2:[A-Z]+${1 + DROP_DOWN_SPARE_ROWS}$`));
    expect(ld).toMatchObject({ freezeRows: 1, filter: true, print: { orientation: 'landscape', titleRows: '1:1', fitToWidth: false } });
    expect(sheet('LearnerFAM').print.fitToWidth).toBe(true);
    expect(sheet('Return')).toMatchObject({ filter: false });
    expect(sheet('Return').rowNotes!.some((n) => /^UKPRN/.test(n ?? ''))).toBe(true);
  });
});

describe('a cell over Excel’s 32,767 characters', () => {
  it('is refused naming the sheet, cell, field and learner', () => {
    const t = { sheet: 'Learner', headerRow: 1, firstColumn: 1, headers: ['LearnRefNumber', 'FamilyName'] };
    expect(() => checkCellLengths(t, ['L1', 'x'.repeat(32_767)], 0)).not.toThrow();
    expect(() => checkCellLengths(t, ['L1', 'x'.repeat(32_768)], 4)).toThrow(CellTooLongError);
    expect(() => checkCellLengths(t, ['L1', 'x'.repeat(40_000)], 4)).toThrow(/^Learner!B6 \(FamilyName of learner L1\): the value is 40,000 characters long/);
  });
});
