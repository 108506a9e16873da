// Undoing a step that replaced the whole map (open, new, an example) gives back the file
// the old map belongs to: its name, its File System Access handle and what was saved in it.
import { useEditor, isDirty, hasUnsavedWork } from '../../src/store/store';
import { serializeMap } from '../../src/model/format/save';
import type { ArgMap } from '../../src/model/types';
import { mapOf, node } from '../builders.ts';
import { openText } from './openText.ts';

const S = () => useEditor.getState();
/** A map titled `title` whose one statement, the claim c, says `text`. */
const oneClaim = (title: string, text: string): ArgMap => mapOf([node('c', 'claim', text)], [], { title });
const handleA = { name: 'a.argmap.json' };
const handleB = { name: 'b.argmap.json' };
const file = () => ({ fileName: S().fileName, fileHandle: S().fileHandle, dirty: isDirty(S()) });

describe('file state in history', () => {
  it('open → undo → redo restores the file name, handle and saved state with the map', () => {
    S().loadMap(oneClaim('A', 'a'), 'a.argmap.json', { saved: true, fileHandle: handleA });
    S().updateNode('c', { text: 'a edited' });
    expect(file()).toEqual({ fileName: 'a.argmap.json', fileHandle: handleA, dirty: true });

    expect(openText(serializeMap(oneClaim('B', 'b')), 'b.argmap.json', handleB)).toBe(true);
    expect(file()).toEqual({ fileName: 'b.argmap.json', fileHandle: handleB, dirty: false });

    S().undo();
    expect(S().map.nodes[0]!.text).toBe('a edited');
    expect(file()).toEqual({ fileName: 'a.argmap.json', fileHandle: handleA, dirty: true });
    // An ordinary edit undone keeps the file: back to what a.argmap.json holds, so saved.
    S().undo();
    expect(file()).toEqual({ fileName: 'a.argmap.json', fileHandle: handleA, dirty: false });

    S().redo();
    S().redo();
    expect(S().map.nodes[0]!.text).toBe('b');
    expect(file()).toEqual({ fileName: 'b.argmap.json', fileHandle: handleB, dirty: false });
  });

  it('a save before the open is remembered: undo gives back a saved map', () => {
    S().loadMap(oneClaim('A', 'a'), 'untitled.argmap.json', { saved: true });
    S().updateNode('c', { text: 'a edited' });
    S().markSaved('a.argmap.json', { map: S().map, fileHandle: handleA });
    S().newMap();
    expect(file()).toEqual({ fileName: 'untitled.argmap.json', fileHandle: null, dirty: false });
    S().undo();
    expect(file()).toEqual({ fileName: 'a.argmap.json', fileHandle: handleA, dirty: false });
  });
});

describe('drafts', () => {
  it('text being typed counts as unsaved work until committed or cancelled, and is not history', () => {
    S().loadMap(oneClaim('A', 'a'), 'a.argmap.json', { saved: true });
    S().startEditing('c');
    S().setDraft({ nodeId: 'c', text: 'a' });
    expect(hasUnsavedWork(S())).toBe(false);
    S().setDraft({ nodeId: 'c', text: 'typing' });
    expect(hasUnsavedWork(S())).toBe(true);
    expect(isDirty(S())).toBe(false);
    expect(S().history.past).toHaveLength(0);
    S().startEditing(null);
    expect(S().draft).toBeNull();
    expect(hasUnsavedWork(S())).toBe(false);
  });

  it('resumeDraft reopens the editor on a node that exists, and ignores one that does not', () => {
    S().loadMap(oneClaim('A', 'a'), 'a.argmap.json', { saved: true });
    S().resumeDraft({ nodeId: 'gone', text: 'x' });
    expect(S().editingNodeId).toBeNull();
    S().resumeDraft({ nodeId: 'c', text: 'half a sentence' });
    expect(S().editingNodeId).toBe('c');
    expect(S().selectedNodeIds).toEqual(['c']);
    expect(S().draft).toEqual({ nodeId: 'c', text: 'half a sentence' });
    // Loading another map drops the draft.
    S().newMap();
    expect(S().draft).toBeNull();
  });
});
