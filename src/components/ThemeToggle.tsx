// The colour theme: as the system, light or dark; a preference of this browser, not of the map.
// One small button that steps through the three (the toolbar has no room for a wider control
// at 1400 px without wrapping); its name says the current choice and the next.
import { memo } from 'react';
import { nextThemePreference, useTheme, type ThemePreference } from '../store/theme.ts';

const SHOWN: Record<ThemePreference, { icon: string; word: string }> = {
  system: { icon: '◐', word: 'as the system' },
  light: { icon: '☀', word: 'light' },
  dark: { icon: '☾', word: 'dark' },
};

export const ThemeToggle = memo(function ThemeToggle() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const next = nextThemePreference(preference);
  return (
    <button
      type="button"
      className="theme-toggle"
      data-preference={preference}
      aria-label={`Colour theme: ${SHOWN[preference].word}`}
      title={`Colour theme: ${SHOWN[preference].word} (click for ${SHOWN[next].word}; kept in this browser)`}
      onClick={() => setPreference(next)}
    >
      <span aria-hidden="true">{SHOWN[preference].icon}</span>
    </button>
  );
});
