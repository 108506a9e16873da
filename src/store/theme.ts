// The colour theme: a UI preference of this browser (light, dark, or follow the system),
// never part of the map, its history or its file. src/io/theme.ts keeps it in localStorage
// and tells the page; components read the resolved theme from here.
import { create } from 'zustand';
import type { Theme } from '../model/theme/colors.ts';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** The toolbar button steps system → light → dark → system. */
export const nextThemePreference = (p: ThemePreference): ThemePreference =>
  THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(p) + 1) % THEME_PREFERENCES.length]!;

export const isThemePreference = (v: unknown): v is ThemePreference => THEME_PREFERENCES.includes(v as ThemePreference);

/** The theme shown: the user's choice, or the system's when the user left it to the system. */
export const resolveTheme = (preference: ThemePreference, systemDark: boolean): Theme =>
  preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;

interface ThemeState {
  preference: ThemePreference;
  systemDark: boolean;
  setPreference(preference: ThemePreference): void;
  setSystemDark(dark: boolean): void;
}

export const useTheme = create<ThemeState>()((set) => ({
  preference: 'system',
  systemDark: false,
  setPreference: (preference) => set({ preference }),
  setSystemDark: (systemDark) => set({ systemDark }),
}));

export const selectTheme = (s: ThemeState): Theme => resolveTheme(s.preference, s.systemDark);
