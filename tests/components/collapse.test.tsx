// @vitest-environment jsdom
// Collapse and focus in the editor: the fold toggle on canvas nodes, the inspector's
// buttons, the focus banner and the keyboard.
import './dom-setup';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';
import { node, rel, xy } from '../builders.ts';

const S = () => useEditor.getState();
/** c ← a ← (a1 ← a1x, a2); c ← b. */
const sample = (): ArgMap => ({
  meta: { title: 'Collapse', description: '' },
  nodes: [
    node('c', 'claim', 'The claim'),
    node('a', 'premise', 'Reason A', xy(-200, 200)),
    node('a1', 'premise', 'Reason A1', xy(-300, 400)),
    node('a1x', 'evidence', 'Evidence A1x', xy(-300, 600)),
    node('a2', 'premise', 'Reason A2', xy(-100, 400)),
    node('b', 'premise', 'Reason B', xy(200, 200)),
  ],
  relations: [rel('ra', 'a', 'c'), rel('ra1', 'a1', 'a'), rel('ra1x', 'a1x', 'a1'), rel('ra2', 'a2', 'a'), rel('rb', 'b', 'c')],
});

function setup(select: string[] = []) {
  S().loadMap(sample(), 'collapse.argmap.json', { saved: true });
  S().select(select);
  useEditor.setState({ fitRequest: 0 });
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

const nodeEl = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`);
const onCanvas = () => [...document.querySelectorAll<HTMLElement>('[data-node-id]')].map((el) => el.dataset.nodeId).sort();
const edgesOnCanvas = () => [...document.querySelectorAll<HTMLElement>('.react-flow__edge')].map((el) => el.dataset.id).sort();
const collapsedOf = (id: string) => S().map.nodes.find((n) => n.id === id)!.collapsed;

describe('the fold toggle on canvas nodes', () => {
  it('appears on nodes with something under them, not on leaves', () => {
    setup();
    for (const id of ['c', 'a', 'a1']) expect(within(nodeEl(id)!).getByRole('button', { name: 'Collapse' })).toHaveTextContent('▾');
    for (const id of ['a1x', 'a2', 'b']) expect(within(nodeEl(id)!).queryByRole('button', { name: /collapse|expand/i })).toBeNull();
  });

  it('folds the subtree away with one click (one undo step), counts it, and brings it back', async () => {
    const { user } = setup();
    expect(onCanvas()).toEqual(['a', 'a1', 'a1x', 'a2', 'b', 'c']);
    expect(edgesOnCanvas()).toEqual(['ra', 'ra1', 'ra1x', 'ra2', 'rb']);
    const toggle = within(nodeEl('a')!).getByRole('button', { name: 'Collapse' });
    expect(toggle).toHaveClass('nodrag');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(collapsedOf('a')).toBe(true);
    expect(S().history.past).toHaveLength(1);
    expect(onCanvas()).toEqual(['a', 'b', 'c']);
    // Relations to folded nodes go too.
    expect(edgesOnCanvas()).toEqual(['ra', 'rb']);
    // The click folds; it does not select the node.
    expect(S().selectedNodeIds).toEqual([]);
    const expand = within(nodeEl('a')!).getByRole('button', { name: 'Expand 3 hidden nodes' });
    expect(expand).toHaveTextContent('▸ 3');
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(collapsedOf('a')).toBeUndefined();
    expect(onCanvas()).toEqual(['a', 'a1', 'a1x', 'a2', 'b', 'c']);
    act(() => S().undo());
    expect(onCanvas()).toEqual(['a', 'b', 'c']);
  });

  it('says "1 hidden node" for one', async () => {
    const { user } = setup();
    await user.click(within(nodeEl('a1')!).getByRole('button', { name: 'Collapse' }));
    expect(within(nodeEl('a1')!).getByRole('button', { name: 'Expand 1 hidden node' })).toHaveTextContent('▸ 1');
    expect(nodeEl('a1x')).toBeNull();
  });

  it('a double-click on the toggle does not start editing the node', () => {
    setup();
    fireEvent.doubleClick(within(nodeEl('a')!).getByRole('button', { name: 'Collapse' }));
    expect(S().editingNodeId).toBeNull();
  });
});

describe('the inspector', () => {
  it('collapses and expands the selected node’s subtree', async () => {
    const { user } = setup(['a']);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    await user.click(within(inspector).getByRole('button', { name: 'Collapse subtree' }));
    expect(collapsedOf('a')).toBe(true);
    expect(nodeEl('a1')).toBeNull();
    await user.click(within(inspector).getByRole('button', { name: 'Expand subtree (3)' }));
    expect(collapsedOf('a')).toBeUndefined();
    expect(nodeEl('a1')).not.toBeNull();
  });

  it('offers no collapse for a leaf', () => {
    setup(['b']);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).queryByRole('button', { name: /subtree/ })).toBeNull();
    expect(within(inspector).getByRole('button', { name: 'Focus on this node' })).toBeInTheDocument();
  });

  it('focuses on the node (banner on the canvas) and shows the whole map again', async () => {
    const { user } = setup(['a1']);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(screen.queryByRole('region', { name: 'Focus' })).toBeNull();
    expect(within(inspector).queryByRole('button', { name: 'Show whole map' })).toBeNull();
    await user.click(within(inspector).getByRole('button', { name: 'Focus on this node' }));
    expect(S().map.meta.focus).toBe('a1');
    // a1, what it bears on (a), what bears on it (a1x).
    expect(onCanvas()).toEqual(['a', 'a1', 'a1x']);
    const banner = screen.getByRole('region', { name: 'Focus' });
    expect(banner).toHaveTextContent('Focused on reason “Reason A1”');
    expect(within(inspector).queryByRole('button', { name: 'Focus on this node' })).toBeNull();
    // The inspector's button and the banner's both end the focus.
    await user.click(within(inspector).getByRole('button', { name: 'Show whole map' }));
    expect(S().map.meta.focus).toBeUndefined();
    expect(onCanvas()).toHaveLength(6);
    expect(screen.queryByRole('region', { name: 'Focus' })).toBeNull();
    act(() => S().setFocus('a'));
    await user.click(within(screen.getByRole('region', { name: 'Focus' })).getByRole('button', { name: 'Show whole map' }));
    expect(S().map.meta.focus).toBeUndefined();
    expect(onCanvas()).toHaveLength(6);
  });
});

describe('keys', () => {
  it('- collapses and + or = expands the selected node', async () => {
    const { user } = setup(['a']);
    await user.keyboard('-');
    expect(collapsedOf('a')).toBe(true);
    expect(nodeEl('a2')).toBeNull();
    await user.keyboard('+');
    expect(collapsedOf('a')).toBeUndefined();
    await user.keyboard('-');
    await user.keyboard('=');
    expect(collapsedOf('a')).toBeUndefined();
    expect(S().history.past).toHaveLength(4);
  });

  it('do nothing without a single selected node', async () => {
    const { user } = setup(['a', 'b']);
    await user.keyboard('-');
    act(() => S().select([]));
    await user.keyboard('-');
    expect(collapsedOf('a')).toBeUndefined();
    expect(S().history.past).toHaveLength(0);
  });

  it('Shift+F focuses on the selected node; again shows the whole map; plain F still fits the view', async () => {
    const { user } = setup(['b']);
    await user.keyboard('{Shift>}F{/Shift}');
    expect(S().map.meta.focus).toBe('b');
    expect(onCanvas()).toEqual(['b', 'c']);
    await user.keyboard('{Shift>}F{/Shift}');
    expect(S().map.meta.focus).toBeUndefined();
    act(() => S().setFocus('a'));
    act(() => S().select([]));
    await user.keyboard('{Shift>}F{/Shift}');
    expect(S().map.meta.focus).toBeUndefined();
    const fits = S().fitRequest;
    await user.keyboard('f');
    expect(S().fitRequest).toBe(fits + 1);
    expect(S().map.meta.focus).toBeUndefined();
  });

  it('are ignored while typing in a field', async () => {
    const { user } = setup(['a']);
    const text = within(screen.getByRole('region', { name: 'Inspector' })).getByLabelText('Text');
    await user.click(text);
    await user.keyboard('-+{Shift>}F{/Shift}');
    expect(collapsedOf('a')).toBeUndefined();
    expect(S().map.meta.focus).toBeUndefined();
  });
});
