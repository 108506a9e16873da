// The interactive page's store (src/viewer/viewOnly.ts): the page's map opens as a file does,
// then nothing edits it, while folding, focus and bringing a statement into view change what
// the page shows, with no undo step. And the page's two modules that stand in for the editor's
// (vite.viewer.config.ts) keep the editor's exports, keys and labels.
import { beforeEach, describe, expect, it } from 'vitest';
import { isViewOnly, useEditor } from '../../src/store/store.ts';
import { serializeMap } from '../../src/model/format/save.ts';
import { visibilityOf } from '../../src/store/visibility.ts';
import { openPageMap } from '../../src/viewer/viewOnly.ts';
import * as pageCommands from '../../src/viewer/commands.ts';
import * as editorCommands from '../../src/components/commands.ts';
import * as pageHelp from '../../src/viewer/keyboardHelp.ts';
import * as editorHelp from '../../src/canvas/keyboardHelp.ts';
import type { ArgMap } from '../../src/model/types.ts';
import { builders } from '../builders.ts';

const { node, rel } = builders({ text: (id) => id.toUpperCase() });
const S = () => useEditor.getState();

/** c ← a ← a1, c ← b, c ← o (objection). */
const sample = (): ArgMap => ({
  meta: { title: 'Page', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('a1', 'evidence'), node('b'), node('o', 'objection')],
  relations: [rel('ra', 'a', 'c'), rel('ra1', 'a1', 'a'), rel('rb', 'b', 'c'), rel('ro', 'o', 'c', 'opposes')],
});

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
});

describe("the page's store", () => {
  it('opens the map as the file holds it, view-only', () => {
    expect(openPageMap(serializeMap(sample()), 'the map in this page')).toBe(true);
    expect(S().map.nodes.map((n) => n.id)).toEqual(['c', 'a', 'a1', 'b', 'o']);
    expect(isViewOnly(S())).toBe(true);
  });

  it('refuses every edit: text, kind, new statements, relations, deleting, moving, paste, undo', () => {
    openPageMap(serializeMap(sample()), 'the map in this page');
    const before = S().map;
    S().updateNode('a', { text: 'changed' });
    S().addNode('premise', { x: 0, y: 0 });
    S().addChild('c', 'reason');
    S().connect('b', 'a');
    S().select(['a']);
    S().paste(S().copySelection()!, { x: 40, y: 40 });
    S().deleteSelection();
    S().layout('tree');
    S().moveNodes({ a: { x: 500, y: 500 } });
    S().dragNodes({ a: { x: 500, y: 500 } });
    S().endGesture();
    S().setMark('a', 'accepted');
    S().setMeta({ title: 'changed' });
    S().undo();
    S().redo();
    S().startEditing('a');
    expect(S().map).toBe(before);
    expect(S().editingNodeId).toBeNull();
  });

  it('folds and unfolds, focuses and brings a folded statement into view, with no undo step', () => {
    openPageMap(serializeMap(sample()), 'the map in this page');
    const history = S().history;
    S().setCollapsed('a', true);
    expect(visibilityOf(S().map).hidden).toEqual(new Set(['a1']));
    S().centerOn('a1');
    expect(visibilityOf(S().map).hidden.size).toBe(0);
    expect(S().centerRequest?.nodeId).toBe('a1');
    S().setFocus('b');
    expect(visibilityOf(S().map).focus).toBe('b');
    expect(visibilityOf(S().map).hidden.has('a1')).toBe(true);
    S().setFocus(undefined);
    S().setCollapsed('c', true);
    S().unfoldLevel();
    expect(visibilityOf(S().map).hidden.size).toBe(0);
    expect(S().history).toBe(history);
  });

  it('a text that is no map leaves the page empty and says why', () => {
    expect(openPageMap('{"format": "not argmap"}', 'the map in this page')).toBe(false);
    expect(S().map.nodes).toEqual([]);
    expect(S().notices.at(-1)).toMatchObject({ tone: 'error', title: 'Could not open the map in this page' });
  });
});

describe("the page's stand-ins for the editor's modules", () => {
  it('the command registry: the same exports; each command as the editor has it (id, label, keys), none that edits', () => {
    expect(Object.keys(pageCommands).sort()).toEqual(Object.keys(editorCommands).sort());
    for (const c of pageCommands.COMMANDS) {
      const editor = editorCommands.command(c.id);
      expect({ id: c.id, label: c.label, keys: c.keys }).toEqual({ id: editor.id, label: editor.label, keys: editor.keys });
    }
    expect(pageCommands.COMMANDS.map((c) => c.id)).not.toContain('delete');
    expect(pageCommands.titleOf('fit')).toBe(editorCommands.titleOf('fit'));
  });

  it('the keyboard help: the same exports, without the keys that edit', () => {
    expect(Object.keys(pageHelp).sort()).toEqual(Object.keys(editorHelp).sort());
    expect(`${pageHelp.KEYBOARD_HELP} ${pageHelp.EDGE_HELP}`).not.toMatch(/edit|Delete|Alt\+arrow|R, O, C, E/);
  });
});
