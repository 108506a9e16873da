// Light, dark, or as the system: a preference of this browser, not of the map.
import { memo } from 'react';
import { THEME_PREFERENCES, useTheme, type ThemePreference } from '../store/theme.ts';

// Short, so the toolbar does not wrap; the menu's name says what it is.
const LABELS: Record<ThemePreference, string> = { system: '◐ System', light: '☀ Light', dark: '☾ Dark' };

export const ThemeToggle = memo(function ThemeToggle() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <select className="theme-toggle" aria-label="Colour theme" title="Colour theme: as the system, light or dark (kept in this browser)" value={preference} onChange={(e) => setPreference(e.target.value as ThemePreference)}>
      {THEME_PREFERENCES.map((p) => (
        <option key={p} value={p}>{LABELS[p]}</option>
      ))}
    </select>
  );
});
