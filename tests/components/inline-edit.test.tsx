// @vitest-environment jsdom
import './dom-setup';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../../src/canvas/Canvas';
import { useEditor } from '../../src/store/store';
import type { ArgMap } from '../../src/model/types';

const S = () => useEditor.getState();
const sample = (): ArgMap => ({
  meta: { title: 'Inline', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'The claim', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'A reason', position: { x: 0, y: 200 } },
  ],
  relations: [{ id: 'ra', kind: 'supports', from: 'a', to: 'c' }],
});
const textOf = (id: string) => S().map.nodes.find((n) => n.id === id)!.text;

function setup() {
  S().loadMap(sample(), 'inline.argmap.json', { saved: true });
  // No animated fit-view after loading: it would update React Flow outside act().
  useEditor.setState({ fitRequest: 0 });
  const user = userEvent.setup();
  const view = render(
    <ReactFlowProvider>
      <div style={{ width: 1000, height: 800 }}>
        <Canvas />
      </div>
    </ReactFlowProvider>,
  );
  return { user, view };
}

/** The React Flow node element (the wrapper React Flow handles events on). */
const flowNode = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement;

const editor = () => screen.getByRole('textbox', { name: 'Text of reason' });

async function startEditingByDoubleClick() {
  const node = flowNode('a');
  expect(node).toBeTruthy();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  fireEvent.doubleClick(node);
  return editor();
}

describe('inline text editing', () => {
  it('opens a focused text box holding the node text on double-click', async () => {
    setup();
    const box = await startEditingByDoubleClick();
    expect(box).toHaveValue('A reason');
    expect(box).toHaveFocus();
    expect(S().editingNodeId).toBe('a');
    // Only the double-clicked node is being edited.
    expect(flowNode('c').querySelector('textarea')).toBeNull();
    expect(flowNode('a')).toContainElement(box);
  });

  it('commits the typed text on Enter as one undo step', async () => {
    const { user } = setup();
    const box = await startEditingByDoubleClick();
    await user.type(box, ' that is better');
    expect(textOf('a')).toBe('A reason');
    expect(S().history.past).toHaveLength(0);
    await user.keyboard('{Enter}');
    expect(textOf('a')).toBe('A reason that is better');
    expect(S().history.past).toHaveLength(1);
    expect(S().editingNodeId).toBeNull();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(flowNode('a')).toHaveTextContent('A reason that is better');
    act(() => S().undo());
    expect(textOf('a')).toBe('A reason');
    expect(flowNode('a')).toHaveTextContent('A reason');
    expect(flowNode('a')).not.toHaveTextContent('better');
  });

  it('cancels on Escape: the text and history stay as they were', async () => {
    const { user } = setup();
    const box = await startEditingByDoubleClick();
    await user.type(box, ' typed then abandoned');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(textOf('a')).toBe('A reason');
    expect(S().history.past).toHaveLength(0);
    expect(S().editingNodeId).toBeNull();
    expect(flowNode('a')).not.toHaveTextContent('abandoned');
  });

  it('inserts a new line on Shift+Enter instead of committing', async () => {
    const { user } = setup();
    const box = await startEditingByDoubleClick();
    await user.clear(box);
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveValue('First line\nsecond line');
    expect(screen.getByRole('textbox')).toBe(box);
    expect(textOf('a')).toBe('A reason');
    await user.keyboard('{Enter}');
    expect(textOf('a')).toBe('First line\nsecond line');
    expect(S().history.past).toHaveLength(1);
  });

  it('commits on blur', async () => {
    const { user } = setup();
    const box = await startEditingByDoubleClick();
    await user.type(box, '!');
    act(() => box.blur());
    expect(textOf('a')).toBe('A reason!');
    expect(S().history.past).toHaveLength(1);
    expect(S().editingNodeId).toBeNull();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('records nothing when the text did not change', async () => {
    const { user } = setup();
    await startEditingByDoubleClick();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(S().history.past).toHaveLength(0);
  });

  it('opens the editor when the store asks for it (Enter, a new node)', () => {
    setup();
    act(() => S().startEditing('c'));
    expect(screen.getByRole('textbox', { name: 'Text of claim' })).toHaveValue('The claim');
    act(() => S().startEditing(null));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('keeps editing open without committing when the map changes elsewhere', async () => {
    const { user } = setup();
    const box = await startEditingByDoubleClick();
    await user.type(box, ' draft');
    act(() => S().updateNode('c', { text: 'Changed claim' }));
    expect(editor()).toHaveValue('A reason draft');
    expect(textOf('a')).toBe('A reason');
  });
});
