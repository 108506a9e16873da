// @vitest-environment jsdom
// The add-child buttons shown under the selected node on the canvas.
import './dom-setup';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../../src/canvas/Canvas';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';

const S = () => useEditor.getState();
const sample = (): ArgMap => ({
  meta: { title: 'Toolbar', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'The claim', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'A reason', position: { x: 0, y: 200 } },
  ],
  relations: [{ id: 'ra', kind: 'supports', from: 'a', to: 'c' }],
});

/** The canvas exposes its React Flow instance to scripts; tests use it to set the zoom. */
const setZoom = (zoom: number) =>
  act(
    () => void (window as unknown as { argmap: { flow: { setViewport(v: object): void } } }).argmap.flow.setViewport({ x: 0, y: 0, zoom }),
  );

function setup(selected: string[]) {
  S().loadMap(sample(), 'toolbar.argmap.json', { saved: true });
  S().select(selected);
  useEditor.setState({ fitRequest: 0 });
  render(
    <ReactFlowProvider>
      <div style={{ width: 1000, height: 800 }}>
        <Canvas />
      </div>
    </ReactFlowProvider>,
  );
  setZoom(1);
}

describe('add-child toolbar on the selected node', () => {
  it('adds a connected objection in one undo step and opens it for typing', () => {
    setup(['c']);
    // fireEvent: user-event's clicks reach React Flow's drag handler without a window (see dom-setup).
    fireEvent.click(screen.getByRole('button', { name: 'Add objection to this node' }));
    const added = S().map.nodes.find((n) => !['c', 'a'].includes(n.id))!;
    expect(added.kind).toBe('objection');
    expect(S().map.relations).toContainEqual(expect.objectContaining({ from: added.id, to: 'c', kind: 'opposes' }));
    expect(S().editingNodeId).toBe(added.id);
    expect(S().history.past).toHaveLength(1);
  });

  it('offers all four kinds of child, only for a single selected node', () => {
    setup(['c']);
    for (const label of ['reason', 'objection', 'caveat', 'evidence'])
      expect(screen.getByRole('button', { name: `Add ${label} to this node` })).toBeInTheDocument();
    act(() => S().select(['c', 'a']));
    expect(screen.queryByRole('button', { name: 'Add reason to this node' })).not.toBeInTheDocument();
    act(() => S().select([]));
    expect(screen.queryByRole('button', { name: 'Add reason to this node' })).not.toBeInTheDocument();
  });

  it('is hidden while zoomed out, where it would cover the row below', () => {
    setup(['c']);
    setZoom(0.3);
    expect(screen.queryByRole('button', { name: 'Add reason to this node' })).not.toBeInTheDocument();
    setZoom(0.8);
    expect(screen.getByRole('button', { name: 'Add reason to this node' })).toBeInTheDocument();
  });
});
