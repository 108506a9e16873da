// Light, dark, or as the system: a preference of this browser, not of the map.
import { memo } from 'react';
import { THEME_PREFERENCES, useTheme, type ThemePreference } from '../store/theme.ts';

const LABELS: Record<ThemePreference, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export const ThemeToggle = memo(function ThemeToggle() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <select className="theme-toggle" aria-label="Colour theme" value={preference} onChange={(e) => setPreference(e.target.value as ThemePreference)}>
      {THEME_PREFERENCES.map((p) => (
        <option key={p} value={p}>{LABELS[p]}</option>
      ))}
    </select>
  );
});
