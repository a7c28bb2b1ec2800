import { ilrFileName, parseIlrFileName, londonDateTime } from '../../../src/core/xml/file-name';

describe('the official ILR file name', () => {
  test('ILR-<UKPRN>-<YearCode>-<yyyymmdd>-<hhmmss>-<NN>.XML', () => {
    expect(ilrFileName({ ukprn: '10000001', yearCode: '2526', dateTime: '2025-10-03T14:05:09', serialNo: '1' })).toBe('ILR-10000001-2526-20251003-140509-01.XML');
    expect(ilrFileName({ ukprn: '10000001', yearCode: '2526', dateTime: '2025-10-03T14:05:09', serialNo: '12' })).toBe('ILR-10000001-2526-20251003-140509-12.XML');
  });

  test.each([
    [{ ukprn: '1000001', yearCode: '2526', dateTime: '2025-10-03T14:05:09', serialNo: '1' }, /UKPRN must be 8 digits/],
    [{ ukprn: '10000001', yearCode: '2526', dateTime: '03/10/2025', serialNo: '1' }, /date-time must be/],
    [{ ukprn: '10000001', yearCode: '2526', dateTime: '2025-10-03T14:05:09', serialNo: '123' }, /serial number must be 1 or 2 digits/],
  ])('refuses bad parts %#', (parts, msg) => {
    expect(() => ilrFileName(parts)).toThrow(msg);
  });

  test('parses back', () => {
    expect(parseIlrFileName('ILR-10000001-2526-20251003-140509-01.XML')).toEqual({ ukprn: '10000001', yearCode: '2526', dateTime: '2025-10-03T14:05:09', serialNo: '01' });
    expect(parseIlrFileName('ILR-99999999-2526-20250108-094401.xml')).toBeUndefined();
  });

  test('London wall-clock time: BST in summer, GMT in winter', () => {
    expect(londonDateTime(new Date('2025-07-01T12:00:00Z'))).toBe('2025-07-01T13:00:00');
    expect(londonDateTime(new Date('2025-12-01T12:00:00Z'))).toBe('2025-12-01T12:00:00');
  });
});
