import { fromUkSerial, ukDate, ukDatesInText, ukDateTime, ukSerial } from '../../../../src/core/cells/uk-dates';

describe('dates shown to people', () => {
  it('turns ISO dates inside messages into dd/mm/yyyy and leaves everything else', () => {
    expect(ukDatesInText('The learning actual end date 2026-03-19 is after the file preparation date 2026-04-01')).toBe(
      'The learning actual end date 19/03/2026 is after the file preparation date 01/04/2026',
    );
    // years, file names, date-times and numbers are not dates to rewrite
    expect(ukDatesInText('2025-26 rules; ILR-10000001-2526-20260108-094401-01.XML; 2026-01-08T09:44:01Z; 12026-01-011')).toBe(
      '2025-26 rules; ILR-10000001-2526-20260108-094401-01.XML; 2026-01-08T09:44:01Z; 12026-01-011',
    );
    expect(ukDatesInText('not a date: 2026-13-01 or 2026-02-32')).toBe('not a date: 2026-13-01 or 2026-02-32');
    expect(ukDate('2026-03-19')).toBe('19/03/2026');
    expect(ukDate('')).toBe('');
  });

  it('timestamps are UK local time: GMT in winter, BST in summer', () => {
    expect(ukDateTime(new Date('2026-01-15T09:05:00Z'))).toBe('15/01/2026 09:05');
    expect(ukDateTime(new Date('2026-07-15T09:05:00Z'))).toBe('15/07/2026 10:05');
    // 46037 is 15/01/2026
    expect(ukSerial(new Date('2026-01-15T12:00:00Z'))).toBeCloseTo(46037.5, 9);
    expect(ukSerial(new Date('2026-07-15T11:00:00Z'))).toBeCloseTo(46218.5, 9);
  });

  it('a serial of UK time reads back as the same moment', () => {
    for (const iso of ['2026-01-15T12:00:00.000Z', '2026-07-15T11:00:07.000Z', '2026-03-29T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000Z']) {
      expect(fromUkSerial(ukSerial(new Date(iso))).toISOString()).toBe(iso);
    }
    // 01:30 on the night the clocks go back happens twice: the earlier (BST) moment is taken
    expect(fromUkSerial(ukSerial(new Date('2026-10-25T01:30:00Z'))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
