// @vitest-environment jsdom
import './dom-setup';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { Toolbar } from '../../src/components/Toolbar';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';

const S = () => useEditor.getState();
const sample = (): ArgMap => ({
  meta: { title: 'Toolbar map', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'C', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'A', position: { x: 0, y: 0 } },
    { id: 'b', kind: 'premise', text: 'B', position: { x: 0, y: 0 } },
  ],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c' },
    { id: 'rb', kind: 'supports', from: 'b', to: 'c' },
  ],
});

function setup() {
  S().loadMap(sample(), 'toolbar.argmap.json', { saved: true });
  const user = userEvent.setup();
  render(
    <ReactFlowProvider>
      <Toolbar />
    </ReactFlowProvider>,
  );
  return { user };
}

const button = (name: string) => screen.getByRole('button', { name });

describe('Toolbar', () => {
  it('enables Undo and Redo only when there is something to undo or redo, and they work', async () => {
    const { user } = setup();
    expect(button('Undo')).toBeDisabled();
    expect(button('Redo')).toBeDisabled();
    act(() => S().updateNode('a', { text: 'changed' }));
    expect(button('Undo')).toBeEnabled();
    expect(button('Redo')).toBeDisabled();
    await user.click(button('Undo'));
    expect(S().map.nodes[1]!.text).toBe('A');
    expect(button('Undo')).toBeDisabled();
    expect(button('Redo')).toBeEnabled();
    await user.click(button('Redo'));
    expect(S().map.nodes[1]!.text).toBe('changed');
    expect(button('Undo')).toBeEnabled();
    expect(button('Redo')).toBeDisabled();
  });

  it('enables Undo while a drag is under way', () => {
    setup();
    act(() => S().dragNodes({ a: { x: 5, y: 5 } }));
    expect(button('Undo')).toBeEnabled();
  });

  it('adds a node of the chosen kind, as one undoable step', async () => {
    const { user } = setup();
    const kind = screen.getByRole('combobox', { name: 'Kind of node to add' });
    expect(kind).toHaveValue('premise');
    await user.selectOptions(kind, 'Objection');
    await user.click(button('Add node'));
    expect(S().map.nodes).toHaveLength(4);
    const added = S().map.nodes[3]!;
    expect(added.kind).toBe('objection');
    expect(S().selectedNodeIds).toEqual([added.id]);
    expect(S().editingNodeId).toBe(added.id);
    await user.selectOptions(kind, 'Claim');
    await user.click(button('Add node'));
    expect(S().map.nodes[4]!.kind).toBe('claim');
    await user.click(button('Undo'));
    await user.click(button('Undo'));
    expect(S().map.nodes).toHaveLength(3);
  });

  it('disables Delete without a selection and deletes the selection', async () => {
    const { user } = setup();
    expect(button('Delete')).toBeDisabled();
    act(() => S().select(['a']));
    expect(button('Delete')).toBeEnabled();
    await user.click(button('Delete'));
    expect(S().map.nodes.map((n) => n.id)).toEqual(['c', 'b']);
    expect(S().map.relations.map((r) => r.id)).toEqual(['rb']);
    expect(button('Delete')).toBeDisabled();
    act(() => S().select([], ['rb']));
    expect(button('Delete')).toBeEnabled();
  });

  it('lays out the map as one step', async () => {
    const { user } = setup();
    const fit = S().fitRequest;
    await user.click(button('Layout'));
    const [c, a, b] = S().map.nodes;
    expect(a!.position.y).toBeGreaterThan(c!.position.y);
    expect(a!.position.x).not.toBe(b!.position.x);
    expect(S().history.past).toHaveLength(1);
    expect(S().fitRequest).toBe(fit + 1);
    await user.click(button('Undo'));
    expect(S().map.nodes.every((n) => n.position.x === 0 && n.position.y === 0)).toBe(true);
  });

  it('shows the file name and marks unsaved work', () => {
    setup();
    expect(screen.getByText('toolbar.argmap.json')).toBeInTheDocument();
    expect(screen.queryByText(/unsaved/)).not.toBeInTheDocument();
    expect(button('Save')).toBeInTheDocument();
    act(() => S().updateNode('a', { text: 'x' }));
    expect(screen.getByText(/toolbar\.argmap\.json\s*\(unsaved\)/)).toBeInTheDocument();
    expect(button('Save •')).toBeInTheDocument();
  });

  it('New starts an empty map that can be undone', async () => {
    const { user } = setup();
    await user.click(button('New'));
    expect(S().map.nodes).toEqual([]);
    await user.click(button('Undo'));
    expect(S().map.nodes).toHaveLength(3);
  });
});
