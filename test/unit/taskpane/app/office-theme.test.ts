import { luminance, themeKindOf } from '../../../../src/taskpane/app/office-theme';

const none = { forcedColors: false, prefersDark: false };

describe("the pane's theme", () => {
  it("follows Office's theme: light for White and Colorful, dark for Dark Grey and Black", () => {
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: '#FFFFFF' } })).toBe('light');
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: '#E6E6E6' } })).toBe('light');
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: '#444444' } })).toBe('dark');
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: '#000000' } })).toBe('dark');
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: '#fff', isDarkTheme: true } })).toBe('dark');
  });

  it('high contrast (forced colours) wins over any theme', () => {
    expect(themeKindOf({ forcedColors: true, prefersDark: false, officeTheme: { bodyBackgroundColor: '#FFFFFF' } })).toBe('highContrast');
    expect(themeKindOf({ forcedColors: true, prefersDark: true })).toBe('highContrast');
  });

  it('without an Office theme: light, or dark when the system prefers it', () => {
    expect(themeKindOf({ ...none, officeTheme: undefined })).toBe('light');
    expect(themeKindOf({ ...none, officeTheme: null })).toBe('light');
    expect(themeKindOf({ ...none, officeTheme: { bodyBackgroundColor: 'not a colour' } })).toBe('light');
    expect(themeKindOf({ forcedColors: false, prefersDark: true })).toBe('dark');
  });

  it('luminance', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(luminance('red')).toBeUndefined();
  });
});
