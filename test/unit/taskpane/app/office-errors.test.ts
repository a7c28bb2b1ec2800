import { isOfficeError, OFFICE_ERROR_TEXT, plainError } from '../../../../src/taskpane/app/office-errors';

/** An error as Office.js throws it (OfficeExtension.Error: code, message, debugInfo). */
function officeError(code: string, message = `raw ${code} text`) {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message, errorLocation: 'Range.values' } });
}

describe('plainError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', /press Enter or Esc, then Retry/, true],
    ['ItemNotFound', /renamed or deleted/, true],
    ['AccessDenied', /protected, read-only/, true],
    ['InvalidArgument', /refused a value or address/, false],
    ['GeneralException', /internal problem/, true],
    ['RequestPayloadSizeLimitExceeded', /5 MB/, true],
    ['ResponsePayloadSizeLimitExceeded', /5 MB/, true],
    ['ApiNotFound', /Update Excel/, false],
    ['Conflict', /at the same time/, true],
    ['ActivityLimitReached', /too many requests/, true],
    ['InsertDeleteConflict', /inserted or deleted/, true],
    ['RequestAborted', /stopped the request/, true],
  ])('%s: a plain message, Retry %s, the raw text under Details', (code, text, retry) => {
    const p = plainError(officeError(code));
    expect(p.text).toMatch(text);
    expect(p.retry).toBe(retry);
    expect(p.code).toBe(code);
    expect(p.details).toContain(`${code}: raw ${code} text`);
    expect(p.details).toContain('at Range.values');
  });

  it('every mapped code has a message that is not the raw text', () => {
    for (const [code, known] of Object.entries(OFFICE_ERROR_TEXT)) {
      expect(known.text.length).toBeGreaterThan(20);
      expect(plainError(officeError(code)).text).not.toContain('raw');
    }
  });

  it('an Excel code it does not know: a general message with Retry, the raw text kept', () => {
    const p = plainError(officeError('SomethingNew'));
    expect(p.text).toMatch(/Excel could not finish this/);
    expect(p.retry).toBe(true);
    expect(p.details).toContain('SomethingNew: raw SomethingNew text');
  });

  it("the add-in's own errors are already plain: shown as they are, no Retry, no details", () => {
    const p = plainError(new Error('The workbook already has a sheet called "Summary" that ILR Workbench did not make.'));
    expect(p).toEqual({ text: 'The workbook already has a sheet called "Summary" that ILR Workbench did not make.', retry: false });
    expect(plainError('text thrown')).toEqual({ text: 'text thrown', retry: false });
    // an error that merely has a code property (e.g. Node's) is not Excel's
    expect(isOfficeError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
  });
});
