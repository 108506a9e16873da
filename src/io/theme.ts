// The browser side of the theme: the choice kept in localStorage, the system's
// prefers-color-scheme followed live, and <html data-theme> set for styles.css. The colour
// variables of both themes and the card geometry are one generated style sheet
// (model/theme/cssVariables.ts).
import { isThemePreference, selectTheme, useTheme } from '../store/theme.ts';
import { themeStyleSheet } from '../model/theme/cssVariables.ts';

export const THEME_KEY = 'argmap:theme';

function readPreference() {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Call once before the first render, so the page never flashes the other theme. */
export function startTheme() {
  const style = document.createElement('style');
  style.id = 'argmap-theme-colours';
  style.textContent = themeStyleSheet();
  document.head.appendChild(style);

  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  useTheme.setState({ preference: readPreference(), systemDark: !!query?.matches });
  query?.addEventListener('change', (e) => useTheme.getState().setSystemDark(e.matches));

  const apply = () => {
    const state = useTheme.getState();
    document.documentElement.dataset.theme = selectTheme(state);
    document.documentElement.dataset.themePreference = state.preference;
  };
  apply();
  useTheme.subscribe((state, previous) => {
    apply();
    if (state.preference === previous.preference) return;
    try {
      if (state.preference === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, state.preference);
    } catch {
      // Storage may be off (private mode): the choice then lasts until the tab closes.
    }
  });
}
