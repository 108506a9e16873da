// @vitest-environment jsdom
import './dom-setup';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';

const S = () => useEditor.getState();
const sample = (): ArgMap => ({
  meta: { title: 'Shortcuts', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'The claim', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'A reason', position: { x: 0, y: 200 } },
    { id: 'b', kind: 'premise', text: 'B reason', position: { x: 300, y: 200 } },
  ],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c' },
    { id: 'rb', kind: 'supports', from: 'b', to: 'c' },
  ],
});
const textOf = (id: string) => S().map.nodes.find((n) => n.id === id)?.text;
const ids = () => S().map.nodes.map((n) => n.id);

function setup(select: string[] = []) {
  S().loadMap(sample(), 'shortcuts.argmap.json', { saved: true });
  S().select(select);
  // No animated fit-view after loading: it would update React Flow outside act().
  useEditor.setState({ fitRequest: 0 });
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

describe('keyboard shortcuts', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const { user } = setup();
    act(() => {
      S().updateNode('a', { text: 'one' });
      S().updateNode('a', { text: 'two' });
    });
    await user.keyboard('{Control>}z{/Control}');
    expect(textOf('a')).toBe('one');
    await user.keyboard('{Control>}z{/Control}');
    expect(textOf('a')).toBe('A reason');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(textOf('a')).toBe('one');
    await user.keyboard('{Control>}y{/Control}');
    expect(textOf('a')).toBe('two');
  });

  it('Cmd+Z undoes too (macOS)', async () => {
    const { user } = setup();
    act(() => S().updateNode('a', { text: 'one' }));
    await user.keyboard('{Meta>}z{/Meta}');
    expect(textOf('a')).toBe('A reason');
  });

  it.each(['Delete', 'Backspace'])('%s deletes the selection as one step', async (key) => {
    const { user } = setup(['a', 'b']);
    await user.keyboard(`{${key}}`);
    expect(ids()).toEqual(['c']);
    expect(S().map.relations).toEqual([]);
    expect(S().history.past).toHaveLength(1);
    await user.keyboard('{Control>}z{/Control}');
    expect(ids()).toEqual(['c', 'a', 'b']);
  });

  it('Ctrl+A selects every node and relation', async () => {
    const { user } = setup();
    await user.keyboard('{Control>}a{/Control}');
    expect(S().selectedNodeIds).toEqual(['c', 'a', 'b']);
    expect(S().selectedRelationIds).toEqual(['ra', 'rb']);
    expect(screen.getByRole('heading', { name: '3 nodes selected' })).toBeInTheDocument();
  });

  it('Escape clears the selection', async () => {
    const { user } = setup(['a']);
    await user.keyboard('{Escape}');
    expect(S().selectedNodeIds).toEqual([]);
  });

  it('Enter opens the selected node for inline editing', async () => {
    const { user } = setup(['a']);
    await user.keyboard('{Enter}');
    expect(S().editingNodeId).toBe('a');
    const box = screen.getByRole('textbox', { name: 'Text of reason' });
    expect(box).toHaveValue('A reason');
    expect(box).toHaveFocus();
    await user.keyboard(' edited{Enter}');
    expect(textOf('a')).toBe('A reason edited');
    expect(S().history.past).toHaveLength(1);
  });

  it('Enter does nothing without exactly one selected node', async () => {
    const { user } = setup(['a', 'b']);
    await user.keyboard('{Enter}');
    expect(S().editingNodeId).toBeNull();
  });

  it.each([
    ['r', 'premise', 'supports'],
    ['o', 'objection', 'opposes'],
    ['c', 'caveat', 'qualifies'],
    ['e', 'evidence', 'supports'],
  ] as const)('%s adds a %s child to the selected node', async (key, kind, relation) => {
    const { user } = setup(['c']);
    await user.keyboard(key);
    expect(S().map.nodes).toHaveLength(4);
    const child = S().map.nodes[3]!;
    expect(child.kind).toBe(kind);
    expect(S().map.relations.find((r) => r.from === child.id)).toMatchObject({ to: 'c', kind: relation });
    expect(S().selectedNodeIds).toEqual([child.id]);
    // The new child opens for writing; what is typed next goes into it, not to shortcuts.
    expect(S().editingNodeId).toBe(child.id);
    await user.keyboard('rock{Enter}');
    expect(textOf(child.id)).toBe('rock');
    expect(S().map.nodes).toHaveLength(4);
  });

  it('child keys do nothing without a single selected node', async () => {
    const { user } = setup(['a', 'b']);
    await user.keyboard('roce');
    expect(S().map.nodes).toHaveLength(3);
    expect(S().history.past).toHaveLength(0);
  });

  it('L lays out the map as one step', async () => {
    const { user } = setup();
    act(() => S().moveNodes({ a: { x: 0, y: 0 }, b: { x: 0, y: 0 } }));
    await user.keyboard('l');
    expect(S().history.past).toHaveLength(2);
    const [c, a, b] = S().map.nodes;
    expect(a!.position.y).toBeGreaterThan(c!.position.y);
    expect(a!.position.x).not.toBe(b!.position.x);
  });

  it('are ignored while typing in an input of the inspector', async () => {
    const { user } = setup(['a']);
    const text = screen.getByLabelText('Text');
    await user.click(text);
    act(() => S().updateNode('b', { text: 'changed' }));
    await user.keyboard('{Control>}z{/Control}{Control>}a{/Control}{Delete}{Backspace}roce{Enter}l');
    expect(textOf('b')).toBe('changed');
    expect(S().selectedNodeIds).toEqual(['a']);
    expect(S().selectedRelationIds).toEqual([]);
    expect(ids()).toEqual(['c', 'a', 'b']);
    expect(S().editingNodeId).toBeNull();
    expect(S().history.past).toHaveLength(1);
  });

  it('are ignored while typing in the map title field', async () => {
    const { user } = setup();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.keyboard('{Control>}a{/Control}New title');
    expect(S().selectedNodeIds).toEqual([]);
    expect(title).toHaveValue('New title');
    await user.keyboard('{Enter}');
    expect(S().map.meta.title).toBe('New title');
  });

  it('are ignored while editing a node inline', async () => {
    const { user } = setup(['a']);
    await user.keyboard('{Enter}');
    const box = screen.getByRole('textbox', { name: 'Text of reason' });
    await user.keyboard('{Backspace}{Delete}roce');
    expect(box).toHaveValue('A reasoroce');
    expect(ids()).toEqual(['c', 'a', 'b']);
    expect(S().history.past).toHaveLength(0);
  });

  it('leave Enter and Space to a focused button: Enter presses it instead of editing the node', async () => {
    const { user } = setup(['a']);
    screen.getByRole('button', { name: 'Add reason' }).focus();
    await user.keyboard('{Enter}');
    expect(S().editingNodeId).not.toBe('a');
    expect(S().map.relations.filter((r) => r.to === 'a')).toHaveLength(1); // the button added a reason
  });

  it('still work from a focused button for keys it does not use (L lays out)', async () => {
    const { user } = setup(['a']);
    screen.getByRole('button', { name: 'Add objection' }).focus();
    await user.keyboard('l');
    expect(S().history.past).toHaveLength(1);
  });
});
