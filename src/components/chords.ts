// What a command is, how a key press finds it, and a registry of them: shared by the editor's
// registry (commands.ts) and the interactive page's (src/viewer/commands.ts), so both read
// keys, and show them, the same way.
import type { EditorStore } from '../store/store.ts';
import { ALT_LABEL, MOD_LABEL } from './platform.ts';

/** A key press: `key` is KeyboardEvent.key, compared without case for single letters. */
export interface Chord {
  key: string;
  /** Ctrl (⌘ on a Mac) held. */
  mod?: boolean;
  /** Shift must be held (true) or not (false); left out, either. */
  shift?: boolean;
  /** Alt (⌥) must be held (true) or not (false); left out, either with Ctrl, not without. */
  alt?: boolean;
}

export interface Command {
  id: string;
  label: string;
  keys: readonly Chord[];
  /** Also from inside text fields (only Save, Open and Search reach through them). */
  inTextFields?: boolean;
  /** Whether it can run now; a key whose command cannot run is left to the page. */
  enabled?(s: EditorStore): boolean;
  perform(s: EditorStore): void;
}

function matches(chord: Chord, event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!!chord.mod !== mod || (!chord.mod && !chord.alt && event.altKey)) return false;
  if (chord.shift !== undefined && chord.shift !== event.shiftKey) return false;
  if (chord.alt !== undefined && chord.alt !== event.altKey) return false;
  // With Alt a letter key types another character on a Mac (⌥⇧C is Ç): compare the key's place.
  if (chord.alt && /^[a-z]$/.test(chord.key)) return event.code === `Key${chord.key.toUpperCase()}`;
  return chord.key.length === 1 ? chord.key === event.key.toLowerCase() || chord.key === event.key : chord.key === event.key;
}

/** "Ctrl+Shift+Z", "Delete", "R", as the toolbar's titles and the shortcuts list show keys. */
export function chordLabel(chord: Chord): string {
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  return [chord.mod ? MOD_LABEL : '', chord.shift ? 'Shift' : '', chord.alt ? ALT_LABEL : '', key].filter(Boolean).join('+');
}

/** The command of `commands` a key press asks for, among those that may run from where it was pressed. */
export function findCommand(commands: readonly Command[], event: KeyboardEvent, where: 'text' | 'editor'): Command | undefined {
  return commands.find((c) => (where === 'editor' || c.inTextFields) && c.keys.some((k) => matches(k, event)));
}

/** A registry's look-ups: a command by id, running one (a button), the one a key asks for, a button's title. */
export function registry(commands: readonly Command[], state: () => EditorStore) {
  const byId = new Map(commands.map((c) => [c.id, c]));
  const command = (id: string): Command => {
    const found = byId.get(id);
    if (!found) throw new Error(`No command "${id}"`);
    return found;
  };
  return {
    command,
    /** Runs a command if it can run now. */
    runCommand(id: string): void {
      const c = command(id);
      const s = state();
      if (!c.enabled || c.enabled(s)) c.perform(s);
    },
    /** The command a key press asks for, among those that may run from where it was pressed. */
    commandForKey: (event: KeyboardEvent, where: 'text' | 'editor') => findCommand(commands, event, where),
    /** A button's title: its label and first key, e.g. "Undo (Ctrl+Z)". */
    titleOf(id: string, label = command(id).label): string {
      const first = command(id).keys[0];
      return first ? `${label} (${chordLabel(first)})` : label;
    },
  };
}
