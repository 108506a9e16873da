// @vitest-environment jsdom
// Collapse, focus and presentation in the store: collapse and focus are map changes (one
// undo step, saved in the file), presentation is UI state; useVisibility turns them into
// canvas decorations, memoized per map and step.
import { act, renderHook } from '@testing-library/react';
import { useEditor } from '../../src/store/store';
import { toDecorations, useVisibility, visibilityOf } from '../../src/store/visibility';
import { useDecorations } from '../../src/store/decorations';
import { serializeMap } from '../../src/model/format/save';
import { parseMapText } from '../../src/model/format/load';
import type { ArgMap } from '../../src/model/types';
import { builders } from '../builders.ts';
import { openText } from './openText.ts';

const { node, rel } = builders({ text: (id) => id.toUpperCase() });

/** c ← a ← a1 ← a1x, c ← b ← b1, c ← o (objection). */
const sample = (): ArgMap => ({
  meta: { title: 'Visibility', description: '' },
  nodes: [node('c', 'claim'), node('a'), node('a1'), node('a1x', 'evidence'), node('b'), node('b1'), node('o', 'objection')],
  relations: [
    rel('ra', 'a', 'c'),
    rel('ra1', 'a1', 'a'),
    rel('ra1x', 'a1x', 'a1'),
    rel('rb', 'b', 'c'),
    rel('rb1', 'b1', 'b'),
    rel('ro', 'o', 'c', 'opposes'),
  ],
});

const S = () => useEditor.getState();
const hidden = () => [...visibilityOf(S().map).hidden].sort();

beforeEach(() => {
  useEditor.setState(useEditor.getInitialState(), true);
  S().loadMap(sample(), 'v.argmap.json', { saved: true });
});

describe('collapse and focus in the store', () => {
  it('collapsing is one undo step that hides the subtree; undo and redo bring it back and forth', () => {
    S().setCollapsed('a', true);
    expect(S().map.nodes.find((n) => n.id === 'a')!.collapsed).toBe(true);
    expect(S().history.past).toHaveLength(1);
    expect(hidden()).toEqual(['a1', 'a1x']);
    S().undo();
    expect(hidden()).toEqual([]);
    S().redo();
    expect(hidden()).toEqual(['a1', 'a1x']);
    // Collapsing what is already collapsed records nothing.
    S().setCollapsed('a', true);
    expect(S().history.past).toHaveLength(1);
  });

  it('focusing is one undo step and fits the view to what stays visible', () => {
    const fit = S().fitRequest;
    S().setFocus('b');
    expect(S().map.meta.focus).toBe('b');
    expect(S().history.past).toHaveLength(1);
    expect(S().fitRequest).toBe(fit + 1);
    expect(hidden()).toEqual(['a', 'a1', 'a1x', 'o']);
    S().setFocus(undefined);
    expect(hidden()).toEqual([]);
    S().undo();
    expect(S().map.meta.focus).toBe('b');
  });

  it('collapsed nodes and the focus survive saving and opening', () => {
    S().setCollapsed('a1', true);
    S().setFocus('a');
    const before = visibilityOf(S().map);
    const text = serializeMap(S().map);
    expect(JSON.parse(text).meta.focus).toBe('a');
    useEditor.setState(useEditor.getInitialState(), true);
    expect(openText(text, 'v.argmap.json')).toBe(true);
    expect(S().map.meta.focus).toBe('a');
    expect(S().map.nodes.find((n) => n.id === 'a1')!.collapsed).toBe(true);
    const after = visibilityOf(S().map);
    expect([...after.hidden].sort()).toEqual([...before.hidden].sort());
    expect(after.sequence).toEqual(before.sequence);
    expect(Object.fromEntries(after.folds)).toEqual({ a: 0, a1: 1 });
    // A file saved before collapse existed (format v1) opens with nothing folded.
    const v1 = parseMapText(
      JSON.stringify({
        format: 'argmap',
        version: 1,
        meta: { title: 't', description: '' },
        nodes: sample().nodes,
        relations: sample().relations,
      }),
    );
    expect(v1.ok && visibilityOf(v1.map).hidden.size).toBe(0);
  });

  it('adding a child to a collapsed node opens it, in the same step, so the child is on screen', () => {
    S().setCollapsed('a', true);
    const id = S().addChild('a', 'reason');
    expect(S().map.nodes.find((n) => n.id === 'a')!.collapsed).toBeUndefined();
    expect(visibilityOf(S().map).hidden.has(id)).toBe(false);
    expect(S().history.past).toHaveLength(2);
    S().undo();
    expect(S().map.nodes.find((n) => n.id === 'a')!.collapsed).toBe(true);
    expect(S().map.nodes.some((n) => n.id === id)).toBe(false);
  });

  it('adding a free-standing node while focused shows the whole map, in the same step', () => {
    S().setFocus('b');
    const id = S().addNode('premise', { x: 10, y: 10 });
    expect(S().map.meta.focus).toBeUndefined();
    expect(visibilityOf(S().map).hidden.has(id)).toBe(false);
    S().undo();
    expect(S().map.meta.focus).toBe('b');
  });

  it('adding a child to what the focus bears on (shown above it) ends the focus, so the child is on screen', () => {
    S().setFocus('a1');
    expect(hidden()).not.toContain('a'); // a is what a1 bears on
    const steps = S().history.past.length;
    const id = S().addChild('a', 'objection');
    expect(hidden()).not.toContain(id);
    expect(S().map.meta.focus).toBeUndefined();
    expect(S().history.past).toHaveLength(steps + 1);
  });

  it('adding a child inside the focus keeps the focus', () => {
    S().setFocus('a');
    const id = S().addChild('a1', 'reason');
    expect(S().map.meta.focus).toBe('a');
    expect(hidden()).not.toContain(id);
  });

  it('deleting the focused node ends the focus', () => {
    S().setFocus('b');
    S().select(['b']);
    S().deleteSelection();
    expect(S().map.meta.focus).toBeUndefined();
    expect(visibilityOf(S().map).hidden.size).toBe(0);
  });
});

describe('centring on a hidden node (structure check, outline, balance)', () => {
  it('expands the collapsed nodes above it, in one undo step, and asks the canvas to centre', () => {
    S().setCollapsed('a1', true);
    S().setCollapsed('a', true);
    expect(hidden()).toEqual(['a1', 'a1x']);
    const steps = S().history.past.length;
    S().centerOn('a1x');
    expect(hidden()).toEqual([]);
    expect(S().map.nodes.filter((n) => n.collapsed)).toEqual([]);
    expect(S().history.past).toHaveLength(steps + 1);
    expect(S().centerRequest?.nodeId).toBe('a1x');
    S().undo();
    expect(hidden()).toEqual(['a1', 'a1x']);
  });

  it('ends a focus the node lies outside of, and records nothing for a visible node', () => {
    S().setFocus('b');
    expect(hidden()).toContain('a1');
    S().centerOn('a1');
    expect(S().map.meta.focus).toBeUndefined();
    expect(hidden()).toEqual([]);
    const steps = S().history.past.length;
    S().centerOn('b1');
    expect(S().history.past).toHaveLength(steps);
  });
});

describe('presentation state', () => {
  it('is UI state: never in history, never in the file, never makes the map unsaved', () => {
    const map = S().map;
    S().setPresentationStep(3);
    expect(S().presentationStep).toBe(3);
    expect(S().map).toBe(map);
    expect(S().history.past).toHaveLength(0);
    expect(S().savedMap).toBe(map);
    expect(serializeMap(S().map)).not.toMatch(/present/i);
    S().setPresentationStep(null);
    expect(S().history.past).toHaveLength(0);
  });
});

describe('visibilityOf', () => {
  it('computes once per map object', () => {
    const map = S().map;
    expect(visibilityOf(map)).toBe(visibilityOf(map));
    S().setCollapsed('a', true);
    expect(visibilityOf(S().map)).not.toBe(visibilityOf(map));
  });

  it('is not recomputed while only positions or texts change (a drag frame, a text edit)', () => {
    const before = visibilityOf(S().map);
    S().dragNodes({ a: { x: 40, y: 90 } });
    expect(visibilityOf(S().map)).toBe(before);
    S().endGesture();
    S().updateNode('b', { text: 'Another reason' });
    expect(visibilityOf(S().map)).toBe(before);
    S().updateNode('b', { kind: 'evidence' });
    expect(visibilityOf(S().map)).not.toBe(before);
  });

  it('follows the focus and the relations', () => {
    const before = visibilityOf(S().map);
    S().setFocus('a');
    const focused = visibilityOf(S().map);
    expect(focused).not.toBe(before);
    expect([...focused.hidden].sort()).toEqual(['b', 'b1', 'o']);
    S().setFocus(undefined);
    S().select([], ['rb']);
    S().deleteSelection();
    expect(visibilityOf(S().map).parentOf.has('b')).toBe(false);
  });
});

describe('toDecorations', () => {
  it('gives fold toggles a hidden count and marks dimmed nodes', () => {
    const d = toDecorations({
      hidden: new Set(['x']),
      folds: new Map([
        ['a', 0],
        ['b', 3],
      ]),
      dimmed: new Set(['b', 'c']),
    });
    expect(Object.fromEntries(d.byNode)).toEqual({ a: { hiddenCount: 0 }, b: { hiddenCount: 3, dimmed: true }, c: { dimmed: true } });
    expect([...d.hidden]).toEqual(['x']);
  });
});

describe('useVisibility', () => {
  it('decorates fold toggles and hides folded nodes; the result is kept while map and step are unchanged', () => {
    act(() => S().setCollapsed('a', true));
    const { result } = renderHook(() => useVisibility());
    const first = result.current;
    expect([...first.hidden].sort()).toEqual(['a1', 'a1x']);
    expect(first.byNode.get('a')).toEqual({ hiddenCount: 2 });
    expect(first.byNode.get('b')).toEqual({ hiddenCount: 0 });
    expect(first.byNode.has('o')).toBe(false);
    // UI changes that are not the map or the step keep the same object (no canvas work).
    act(() => S().select(['b']));
    act(() => S().setSizes({ b: { width: 260, height: 90 } }));
    expect(result.current).toBe(first);
    act(() => S().setCollapsed('a', false));
    expect(result.current).not.toBe(first);
    expect(result.current.hidden.size).toBe(0);
  });

  it('follows the presentation step: hides what is not yet revealed, dims earlier items, no fold toggles', () => {
    const { result } = renderHook(() => useVisibility());
    act(() => S().setPresentationStep(1));
    expect([...result.current.hidden].sort()).toEqual(['a', 'a1', 'a1x', 'b', 'b1', 'o']);
    expect(result.current.byNode.size).toBe(0);
    // Sequence c, a, a1, a1x, b, b1, o: at b1 (6) the chain is c → b → b1.
    act(() => S().setPresentationStep(6));
    expect([...result.current.hidden]).toEqual(['o']);
    expect(
      [...result.current.byNode]
        .filter(([, d]) => d.dimmed)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['a', 'a1', 'a1x']);
    expect([...result.current.byNode.values()].some((d) => d.hiddenCount !== undefined)).toBe(false);
    const at6 = result.current;
    act(() => S().setPresentationStep(6));
    expect(result.current).toBe(at6);
    act(() => S().setPresentationStep(null));
    expect(result.current.hidden.size).toBe(0);
    expect(result.current.byNode.get('c')).toEqual({ hiddenCount: 0 });
  });

  it('reaches the canvas through useDecorations', () => {
    act(() => S().setFocus('a1'));
    const { result } = renderHook(() => useDecorations());
    expect([...result.current.hidden].sort()).toEqual(['b', 'b1', 'c', 'o']);
    expect(result.current.byNode.get('a1')).toMatchObject({ hiddenCount: 0 });
  });
});
