// @vitest-environment jsdom
// Evaluation in the editor: the "Evaluate" switch (and V) colours the canvas nodes by
// status and shows their balance, live as marks change; the inspector sets marks and
// weights, each as one undo step.
import './dom-setup';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/App';
import { Inspector } from '../../src/components/Inspector';
import { useEditor } from '../../src/store/store';
import * as evaluation from '../../src/model/evaluation';
import type { ArgMap } from '../../src/model/types';

// Counts how often the semantics runs (it must run once per change, not once per node).
vi.mock('../../src/model/evaluation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/evaluation')>();
  return { ...actual, evaluate: vi.fn(actual.evaluate) };
});

const S = () => useEditor.getState();
/** c is supported by a and b, opposed by o; o is unanswered, so c starts out defeated. */
const sample = (): ArgMap => ({
  meta: { title: 'Evaluation', description: '' },
  nodes: [
    { id: 'c', kind: 'claim', text: 'The claim', position: { x: 0, y: 0 } },
    { id: 'a', kind: 'premise', text: 'Reason A', position: { x: -300, y: 200 } },
    { id: 'b', kind: 'premise', text: 'Reason B', position: { x: 0, y: 200 } },
    { id: 'o', kind: 'objection', text: 'Objection O', position: { x: 300, y: 200 } },
  ],
  relations: [
    { id: 'ra', kind: 'supports', from: 'a', to: 'c' },
    { id: 'rb', kind: 'supports', from: 'b', to: 'c', group: 'g' },
    { id: 'rb2', kind: 'supports', from: 'a', to: 'c', group: 'g' },
    { id: 'ro', kind: 'opposes', from: 'o', to: 'c' },
  ],
});
const nodeEl = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;
const markOf = (id: string) => S().map.nodes.find((n) => n.id === id)!.mark;
const weightOf = (id: string) => S().map.relations.find((r) => r.id === id)!.weight;

function setupApp() {
  S().loadMap(sample(), 'evaluation.argmap.json', { saved: true });
  useEditor.setState({ fitRequest: 0 });
  const user = userEvent.setup();
  render(<App />);
  return { user, toggle: screen.getByRole('button', { name: 'Evaluate' }) };
}

describe('the Evaluate switch', () => {
  it('colours every node by status when on, and restores the normal view when off', async () => {
    const { user, toggle } = setupApp();
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    for (const id of ['c', 'a', 'b', 'o']) {
      expect(nodeEl(id).className).not.toMatch(/status-/);
      expect(nodeEl(id)).not.toHaveAttribute('data-status');
    }
    expect(document.querySelector('.node-status, .node-balance')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(nodeEl('c')).toHaveClass('status-out');
    expect(nodeEl('c')).toHaveAttribute('data-status', 'out');
    expect(nodeEl('c')).toHaveAttribute('title', 'attacked by an objection that holds');
    expect(within(nodeEl('c')).getByText(/defeated/)).toHaveClass('node-status-out');
    expect(nodeEl('o')).toHaveClass('status-in');
    expect(nodeEl('a')).toHaveClass('status-in');
    // The balance on the claim: a and the linked reason a+b for, o against.
    expect(within(nodeEl('c')).getByRole('img', { name: 'Balance: for 2, against 1' })).toBeInTheDocument();
    expect(nodeEl('a').querySelector('.node-balance')).toBeNull();
    // The legend says what the colours mean.
    expect(screen.getByLabelText('Evaluation colours')).toHaveTextContent(/stands.*defeated.*undecided/);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    for (const id of ['c', 'a', 'b', 'o']) expect(nodeEl(id).className).not.toMatch(/status-/);
    expect(document.querySelector('.node-status, .node-balance')).toBeNull();
    expect(screen.queryByLabelText('Evaluation colours')).toBeNull();
    // Viewing is not editing.
    expect(S().history.past).toHaveLength(0);
  });

  it('V toggles it, but not while typing in a field', async () => {
    const { user, toggle } = setupApp();
    await user.keyboard('v');
    expect(S().evaluationOn).toBe(true);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(nodeEl('c')).toHaveClass('status-out');
    await user.click(within(screen.getByRole('region', { name: 'Inspector' })).getByLabelText('Title'));
    await user.keyboard('v');
    expect(S().evaluationOn).toBe(true);
    await user.click(document.body);
    await user.keyboard('v');
    expect(S().evaluationOn).toBe(false);
    expect(nodeEl('c')).not.toHaveClass('status-out');
  });

  it('updates live as marks and weights change, evaluating once per change rather than per node', async () => {
    const { user, toggle } = setupApp();
    const evaluate = vi.mocked(evaluation.evaluate);
    evaluate.mockClear();
    await user.click(toggle);
    const afterOn = evaluate.mock.calls.length;
    expect(afterOn).toBe(1);

    act(() => S().setMark('o', 'rejected'));
    expect(nodeEl('c')).toHaveClass('status-in');
    expect(nodeEl('o')).toHaveClass('status-out');
    expect(within(nodeEl('o')).getByText(/rejected/)).toHaveClass('is-marked');
    expect(within(nodeEl('c')).getByRole('img', { name: 'Balance: for 2, against 0' })).toBeInTheDocument();
    expect(evaluate).toHaveBeenCalledTimes(2);

    // Moving nodes does not evaluate again.
    act(() => S().moveNodes({ a: { x: -320, y: 220 }, c: { x: 10, y: 0 } }));
    expect(evaluate).toHaveBeenCalledTimes(2);

    act(() => S().setWeight('ra', 0.5));
    expect(within(nodeEl('c')).getByRole('img', { name: 'Balance: for 1.5, against 0' })).toBeInTheDocument();
    expect(evaluate).toHaveBeenCalledTimes(3);

    // Undo the weight, the move and the mark: the claim is defeated again.
    act(() => S().undo());
    act(() => S().undo());
    act(() => S().undo());
    expect(nodeEl('c')).toHaveClass('status-out');
  });

  it('fades the links that carry nothing', async () => {
    const { user, toggle } = setupApp();
    await user.click(toggle);
    act(() => S().setMark('o', 'rejected'));
    const edge = (id: string) => document.querySelector(`[data-id="${id}"] .react-flow__edge-path`);
    expect(edge('ro')).toHaveClass('link-status-out');
    expect(edge('ra')).toHaveClass('link-status-in');
    await user.click(toggle);
    expect(edge('ro')).not.toHaveClass('link-status-out');
  });
});

function setupInspector(select: { nodes?: string[]; relations?: string[] }) {
  S().loadMap(sample(), 'evaluation.argmap.json', { saved: true });
  S().select(select.nodes ?? [], select.relations ?? []);
  const user = userEvent.setup();
  render(<Inspector />);
  return { user };
}

describe('Inspector: your judgement of a statement', () => {
  it('offers Accepted, Rejected and Open; each choice is one undo step', async () => {
    const { user } = setupInspector({ nodes: ['o'] });
    const group = screen.getByRole('group', { name: 'Your judgement' });
    expect(within(group).getByLabelText('Open')).toBeChecked();
    await user.click(within(group).getByLabelText('Rejected'));
    expect(markOf('o')).toBe('rejected');
    expect(within(group).getByLabelText('Rejected')).toBeChecked();
    expect(S().history.past).toHaveLength(1);
    await user.click(within(group).getByLabelText('Accepted'));
    expect(markOf('o')).toBe('accepted');
    await user.click(within(group).getByLabelText('Open'));
    expect(markOf('o')).toBeUndefined();
    expect(S().history.past).toHaveLength(3);
    act(() => S().undo());
    expect(within(group).getByLabelText('Accepted')).toBeChecked();
  });

  it('shows the status that follows, with its explanation, only when evaluation is on', async () => {
    const { user } = setupInspector({ nodes: ['c'] });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/Turn on Evaluate/)).toBeInTheDocument();
    act(() => S().setEvaluationOn(true));
    expect(screen.getByRole('status')).toHaveTextContent('defeated: attacked by an objection that holds');
    act(() => S().setMark('o', 'rejected'));
    expect(screen.getByRole('status')).toHaveTextContent('stands: supported by 2 reasons that hold; every attack on it fails');
    await user.click(screen.getByLabelText('Rejected'));
    expect(screen.getByRole('status')).toHaveTextContent('rejected: rejected by you (the map alone would accept it)');
  });
});

describe('Inspector: the weight of a relation', () => {
  it('Strong and Weak presets, pressed when they match, each one step', async () => {
    const { user } = setupInspector({ relations: ['ra'] });
    const strong = screen.getByRole('button', { name: 'Strong' });
    const weak = screen.getByRole('button', { name: 'Weak' });
    expect(strong).toHaveAttribute('aria-pressed', 'true');
    expect(weak).toHaveAttribute('aria-pressed', 'false');
    await user.click(weak);
    expect(weightOf('ra')).toBe(0.5);
    expect(weak).toHaveAttribute('aria-pressed', 'true');
    expect(strong).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByLabelText('Weight value')).toHaveValue(0.5);
    await user.click(strong);
    expect(weightOf('ra')).toBeUndefined();
    expect(S().history.past).toHaveLength(2);
  });

  it('the slider commits once, when released', () => {
    setupInspector({ relations: ['ra'] });
    const slider = screen.getByLabelText('Weight from 0 to 1');
    fireEvent.change(slider, { target: { value: '0.8' } });
    fireEvent.change(slider, { target: { value: '0.3' } });
    expect(weightOf('ra')).toBeUndefined();
    expect(screen.getByLabelText('Weight value')).toHaveValue(0.3);
    fireEvent.pointerUp(slider);
    expect(weightOf('ra')).toBe(0.3);
    expect(S().history.past).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Strong' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('the number field commits on Enter; 0 switches the relation off', async () => {
    const { user } = setupInspector({ relations: ['ra'] });
    const field = screen.getByLabelText('Weight value');
    await user.clear(field);
    await user.type(field, '0.75');
    expect(weightOf('ra')).toBeUndefined();
    await user.keyboard('{Enter}');
    expect(weightOf('ra')).toBe(0.75);
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(weightOf('ra')).toBe(0);
    expect(screen.getByText(/the evaluation ignores this relation/)).toBeInTheDocument();
    expect(S().history.past).toHaveLength(2);
  });

  it('on a linked reason, sets the weight of all its relations in one step, and shows whether it holds', async () => {
    const { user } = setupInspector({ relations: ['rb', 'rb2'] });
    act(() => S().setEvaluationOn(true));
    expect(screen.getByRole('status')).toHaveTextContent('holds: all co-premises stand and the link is not undercut');
    await user.click(screen.getByRole('button', { name: 'Weak' }));
    expect([weightOf('rb'), weightOf('rb2')]).toEqual([0.5, 0.5]);
    expect(S().history.past).toHaveLength(1);
    act(() => S().setMark('b', 'rejected'));
    expect(screen.getByRole('status')).toHaveTextContent('fails: a co-premise is defeated');
  });
});
