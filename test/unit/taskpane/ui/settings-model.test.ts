import { parsePaneSettings } from '../../../../src/taskpane/app/settings-model';
import { DEFAULT_ADVICE_SETTINGS } from '../../../../src/core/rules/types';

describe('the task pane settings saved with the workbook (zod)', () => {
  test('good settings are read as they are', () => {
    expect(parsePaneSettings({ year: '2021', asOf: '2026-07-31', advice: { breakInLearningMonths: 9, withdrawOtherPercent: 12.5 }, disabled: ['advice', 'FD'] })).toEqual({
      year: '2021',
      asOf: '2026-07-31',
      advice: { ...DEFAULT_ADVICE_SETTINGS, breakInLearningMonths: 9, withdrawOtherPercent: 12.5 },
      disabled: ['advice', 'FD'],
    });
  });

  test.each([
    ['not an object', 'oops'],
    ['null', null],
    ['an array', [1, 2]],
  ])('%s gives the defaults', (_n, raw) => {
    expect(parsePaneSettings(raw)).toEqual({ advice: DEFAULT_ADVICE_SETTINGS, disabled: [] });
  });

  test('each bad field falls back on its own, the others are kept', () => {
    const s = parsePaneSettings({
      year: '1999',
      asOf: '31/07/2026',
      advice: { breakInLearningMonths: 6.5, outcomeUnknownMonths: -1, withdrawOtherPercent: '10', destinationDueMonths: 4 },
      disabled: ['advice', 7, null],
    });
    expect(s).toEqual({ advice: { ...DEFAULT_ADVICE_SETTINGS, destinationDueMonths: 4 }, disabled: ['advice'] });
  });

  test('a wrong type for a whole section loses only that section', () => {
    expect(parsePaneSettings({ year: '2526', advice: 'lots', disabled: 'FD' })).toEqual({ year: '2526', advice: DEFAULT_ADVICE_SETTINGS, disabled: [] });
  });
});
