// @vitest-environment jsdom
// The theme choice: the toolbar button sets it, <html data-theme> follows, the browser keeps it
// (nothing of it in the map), and a junk stored value falls back to the system's setting.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { THEME_KEY } from '../../src/io/theme';
import { resolveTheme } from '../../src/store/theme';

const html = () => document.documentElement;

/** A fresh page: the module state and the document as after a reload. */
async function boot() {
  vi.resetModules();
  const theme = await import('../../src/io/theme');
  const store = await import('../../src/store/theme');
  const { ThemeToggle } = await import('../../src/components/ThemeToggle');
  theme.startTheme();
  return { store: store.useTheme, ThemeToggle };
}

beforeEach(() => {
  localStorage.clear();
  delete html().dataset.theme;
  document.getElementById('argmap-theme-colours')?.remove();
});

describe('resolveTheme', () => {
  it('follows the system only when the choice is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('the theme button', () => {
  it('switches the page to dark and back, and keeps the choice in the browser', async () => {
    const { ThemeToggle } = await boot();
    expect(html().dataset.theme).toBe('light');
    expect(document.getElementById('argmap-theme-colours')?.textContent).toContain(":root[data-theme='dark']");
    render(<ThemeToggle />);
    // system → light → dark → system, its name saying the current choice.
    await userEvent.click(screen.getByRole('button', { name: 'Colour theme: as the system' }));
    expect(html().dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
    await userEvent.click(screen.getByRole('button', { name: 'Colour theme: light' }));
    expect(html().dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await userEvent.click(screen.getByRole('button', { name: 'Colour theme: dark' }));
    expect(screen.getByRole('button', { name: 'Colour theme: as the system' })).toBeInTheDocument();
    expect(html().dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('restores a kept choice after a reload, and ignores a junk one', async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    await boot();
    expect(html().dataset.theme).toBe('dark');
    localStorage.setItem(THEME_KEY, 'purple');
    const { store } = await boot();
    expect(store.getState().preference).toBe('system');
    act(() => store.getState().setSystemDark(true));
    expect(html().dataset.theme).toBe('dark');
  });
});
