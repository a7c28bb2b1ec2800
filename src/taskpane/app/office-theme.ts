import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * The pane follows Office's theme: Office.context.officeTheme (bodyBackgroundColor etc., Excel's own theme: White,
 * Colorful, Dark Grey, Black) says light or dark; Windows high contrast reaches the pane's webview as the
 * `forced-colors: active` media feature, which wins (the user needs those colours). Where Office gives no theme
 * (officeTheme undefined: a plain browser, some hosts) the pane follows `prefers-color-scheme`, light by default.
 */
export type ThemeKind = 'light' | 'dark' | 'highContrast';

/** What the pane reads: Office's theme colours and the webview's media features. */
export interface ThemeSignals {
  officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null;
  forcedColors: boolean;
  prefersDark: boolean;
}

/** Relative luminance (0 black … 1 white) of "#rrggbb" / "#rgb"; undefined when it is not such a colour. */
export function luminance(color: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeKindOf(s: ThemeSignals): ThemeKind {
  if (s.forcedColors) return 'highContrast';
  const office = s.officeTheme;
  if (office) {
    if (typeof office.isDarkTheme === 'boolean') return office.isDarkTheme ? 'dark' : 'light';
    const l = luminance(office.bodyBackgroundColor);
    if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  }
  return s.prefersDark ? 'dark' : 'light';
}

export const THEMES: Record<ThemeKind, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

function media(query: string): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
}

function currentSignals(): ThemeSignals {
  let officeTheme: ThemeSignals['officeTheme'];
  try {
    officeTheme = typeof Office !== 'undefined' ? (Office.context?.officeTheme as ThemeSignals['officeTheme']) : undefined;
  } catch {
    officeTheme = undefined;
  }
  return { officeTheme, forcedColors: !!media('(forced-colors: active)')?.matches, prefersDark: !!media('(prefers-color-scheme: dark)')?.matches };
}

/** The theme kind now, following changes of the media features (Office's theme is read again with them). */
export function useThemeKind(): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(() => themeKindOf(currentSignals()));
  useEffect(() => {
    const lists = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map(media).filter((m): m is MediaQueryList => !!m);
    const update = () => setKind(themeKindOf(currentSignals()));
    for (const m of lists) m.addEventListener?.('change', update);
    return () => {
      for (const m of lists) m.removeEventListener?.('change', update);
    };
  }, []);
  return kind;
}
