// @vitest-environment jsdom
// The command registry: one definition per command feeds the keys, the toolbar and the
// shortcuts list; no two commands answer the same key.
import './dom-setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chordLabel, COMMANDS, commandForKey, titleOf, type Chord } from '../../src/components/commands';
import { handleShortcut } from '../../src/components/useShortcuts';
import { ShortcutsDialog } from '../../src/components/ShortcutsDialog';
import { useShortcutsDialog } from '../../src/components/shortcutsDialogState';

const pressOf = (chord: Chord, shift = chord.shift ?? false) =>
  new KeyboardEvent('keydown', {
    key: shift && chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
    code: /^[a-z]$/.test(chord.key) ? `Key${chord.key.toUpperCase()}` : undefined,
    ctrlKey: !!chord.mod,
    shiftKey: shift,
    altKey: !!chord.alt,
  });

describe('the command registry', () => {
  it('gives every command a unique id, a label and at least one key', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.label, c.id).not.toBe('');
      expect(c.keys.length, c.id).toBeGreaterThan(0);
    }
  });

  it('finds each command by each of its keys, and no key leads to two commands', () => {
    for (const c of COMMANDS)
      for (const chord of c.keys)
        for (const shift of chord.shift === undefined ? [false] : [chord.shift])
          expect(commandForKey(pressOf(chord, shift), 'editor')?.id, `${c.id}: ${chordLabel(chord)}`).toBe(c.id);
  });

  it('tells Ctrl+Z from Ctrl+Shift+Z, F from Shift+F, and lets only Save, Open and Search through text fields', () => {
    expect(commandForKey(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }), 'editor')?.id).toBe('undo');
    expect(commandForKey(new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true }), 'editor')?.id).toBe('redo');
    expect(commandForKey(new KeyboardEvent('keydown', { key: 'f' }), 'editor')?.id).toBe('fit');
    expect(commandForKey(new KeyboardEvent('keydown', { key: 'F', shiftKey: true }), 'editor')?.id).toBe('focus');
    expect(commandForKey(new KeyboardEvent('keydown', { key: 'r', altKey: true }), 'editor')).toBeUndefined();
    expect(COMMANDS.filter((c) => c.inTextFields).map((c) => c.id)).toEqual(['save', 'save-as', 'open', 'search']);
  });

  it('tells Copy as PNG (Ctrl+Shift+C) from Copy as SVG (Ctrl+Shift+Alt+C), also where Alt changes the letter', () => {
    const press = (init: KeyboardEventInit) =>
      commandForKey(new KeyboardEvent('keydown', { ctrlKey: true, shiftKey: true, ...init }), 'editor')?.id;
    expect(press({ key: 'C', code: 'KeyC' })).toBe('copy-png');
    expect(press({ key: 'C', code: 'KeyC', altKey: true })).toBe('copy-svg');
    expect(press({ key: 'Ç', code: 'KeyC', altKey: true })).toBe('copy-svg');
    expect(press({ key: 'c', code: 'KeyC', shiftKey: false })).toBeUndefined();
    expect(titleOf('copy-svg')).toBe('Copy the map (or the selection) as an SVG image (Ctrl+Shift+Alt+C)');
  });

  it('writes the toolbar titles from the registry', () => {
    expect(titleOf('undo')).toBe('Undo (Ctrl+Z)');
    expect(titleOf('redo')).toBe('Redo (Ctrl+Shift+Z)');
    expect(titleOf('delete')).toBe('Delete the selection (Delete)');
  });
});

describe('the shortcuts list', () => {
  // jsdom has no modal dialogs; the browser tests open the real one.
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  it('opens with ?, lists every command with its keys, and closes with its button', async () => {
    render(<ShortcutsDialog />);
    act(() => void handleShortcut(new KeyboardEvent('keydown', { key: '?', shiftKey: true })));
    expect(useShortcutsDialog.getState().open).toBe(true);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(COMMANDS.length);
    expect(within(table).getByRole('row', { name: /Ctrl\+Z Undo/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^R Add a reason under the selected statement$/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^O Add an objection under the selected statement$/ })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(useShortcutsDialog.getState().open).toBe(false);
  });
});
