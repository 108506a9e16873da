// @vitest-environment jsdom
// Presentation mode in the editor: entering (toolbar, P), stepping with keys, clicks and
// buttons, full screen, what is shown at each step, and leaving.
import './dom-setup';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { useEditor } from '../../src/store/store';
import { outlineItems } from '../../src/model/outline';
import type { ArgMap } from '../../src/model/types';
import { node, rel, xy } from '../builders.ts';

const S = () => useEditor.getState();
/** Outline order: c, a, a1, o, o1, k. */
const sample = (): ArgMap => ({
  meta: { title: 'Presenting', description: '' },
  nodes: [
    node('k', 'caveat', 'Only if it lasts', xy(400, 200)),
    node('o1', 'evidence', 'Polls say so', xy(100, 400)),
    node('c', 'claim', 'The main claim'),
    node('a', 'premise', 'First reason', xy(-300, 200)),
    node('a1', 'evidence', 'Evidence for it', xy(-300, 400)),
    node('o', 'objection', 'An objection', xy(100, 200)),
  ],
  relations: [
    rel('ra', 'a', 'c'),
    rel('ra1', 'a1', 'a'),
    rel('ro', 'o', 'c', 'opposes'),
    rel('ro1', 'o1', 'o'),
    rel('rk', 'k', 'c', 'qualifies'),
  ],
});
const ORDER = ['c', 'a', 'a1', 'o', 'o1', 'k'];

let fullscreenElement: Element | null = null;
let requestFullscreen: ReturnType<typeof vi.fn>;
let exitFullscreen: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fullscreenElement = null;
  requestFullscreen = vi.fn(() => {
    fullscreenElement = document.documentElement;
    return Promise.resolve();
  });
  exitFullscreen = vi.fn(() => {
    fullscreenElement = null;
    return Promise.resolve();
  });
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
  Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exitFullscreen });
  Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: requestFullscreen });
});

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).fullscreenElement;
  delete (document as unknown as Record<string, unknown>).exitFullscreen;
  delete (document.documentElement as unknown as Record<string, unknown>).requestFullscreen;
});

function setup(map: ArgMap = sample()) {
  S().loadMap(map, 'present.argmap.json', { saved: true });
  useEditor.setState({ fitRequest: 0 });
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

const onCanvas = () => [...document.querySelectorAll<HTMLElement>('[data-node-id]')].map((el) => el.dataset.nodeId).sort();
const hud = () => screen.getByRole('region', { name: 'Presentation' });
const dimmed = () => [...document.querySelectorAll<HTMLElement>('.arg-node.is-dimmed')].map((el) => el.dataset.nodeId).sort();

/** The presentation shows the first `k` items and says so. */
function expectStep(k: number) {
  expect(S().presentationStep).toBe(k);
  expect(onCanvas()).toEqual(ORDER.slice(0, k).sort());
  expect(hud()).toHaveTextContent(`${k} / ${ORDER.length}`);
  const current = sample().nodes.find((n) => n.id === ORDER[k - 1])!;
  expect(within(hud()).getByText(current.text)).toBeInTheDocument();
}

describe('entering', () => {
  it('the toolbar’s Present button starts at the main claim, full screen, with toolbar and side panel put away', async () => {
    const { user } = setup();
    expect(outlineItems(S().map).map((i) => i.nodeId)).toEqual(ORDER);
    act(() => S().select(['a']));
    await user.click(screen.getByRole('button', { name: 'Present' }));
    // The presentation's code loads the first time it is used.
    await screen.findByRole('region', { name: 'Presentation' });
    expectStep(1);
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    expect(document.documentElement).toHaveClass('is-presenting');
    // Selection is cleared: nothing to edit.
    expect(S().selectedNodeIds).toEqual([]);
    expect(within(hud()).getByText('Claim')).toBeInTheDocument();
    expect(within(hud()).getByRole('button', { name: 'Previous step' })).toBeDisabled();
  });

  it('P starts too; a refused full screen still presents, in the window', async () => {
    requestFullscreen.mockImplementation(() => Promise.reject(new Error('not allowed')));
    const { user } = setup();
    await user.keyboard('p');
    expectStep(1);
    await act(() => Promise.resolve());
    expect(S().presentationStep).toBe(1);
  });

  it('a browser without the Fullscreen API presents in the window', async () => {
    delete (document.documentElement as unknown as Record<string, unknown>).requestFullscreen;
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: undefined });
    const { user } = setup();
    await user.keyboard('p');
    expectStep(1);
  });

  it('an empty map has nothing to present', async () => {
    const { user } = setup({ meta: { title: 'Empty', description: '' }, nodes: [], relations: [] });
    await user.keyboard('p');
    expect(S().presentationStep).toBeNull();
    expect(screen.queryByRole('region', { name: 'Presentation' })).toBeNull();
    expect(screen.getByText(/Nothing to present/)).toBeInTheDocument();
    expect(requestFullscreen).not.toHaveBeenCalled();
  });
});

describe('stepping', () => {
  it.each([['{ArrowRight}'], ['{ArrowDown}'], [' '], ['{PageDown}']])(
    '%s reveals the next item in outline order, to the end',
    async (key) => {
      const { user } = setup();
      await user.keyboard('p');
      for (let k = 2; k <= ORDER.length; k++) {
        await user.keyboard(key);
        expectStep(k);
      }
      // At the end, next stays at the end.
      await user.keyboard(key);
      expectStep(ORDER.length);
      expect(within(hud()).getByRole('button', { name: 'Next step' })).toBeDisabled();
    },
  );

  it.each([['{ArrowLeft}'], ['{ArrowUp}'], ['{PageUp}'], ['{Backspace}']])('%s goes back one item', async (key) => {
    const { user } = setup();
    await user.keyboard('p{End}');
    expectStep(6);
    await user.keyboard(key);
    expectStep(5);
    await user.keyboard(`${key}${key}${key}${key}${key}`);
    expectStep(1);
    // Backspace did not delete anything.
    expect(S().map.nodes).toHaveLength(6);
  });

  it('Home and End jump to the first and last item', async () => {
    const { user } = setup();
    await user.keyboard('p{End}');
    expectStep(6);
    await user.keyboard('{Home}');
    expectStep(1);
  });

  it('a click on the canvas, and the bar’s buttons, step too', async () => {
    const { user } = setup();
    await user.keyboard('p');
    await user.click(screen.getByTestId('presentation-catcher'));
    expectStep(2);
    await user.click(within(hud()).getByRole('button', { name: 'Next step' }));
    expectStep(3);
    await user.click(within(hud()).getByRole('button', { name: 'Previous step' }));
    expectStep(2);
  });

  it('dims what was revealed before, except the current item and what it hangs from', async () => {
    const { user } = setup();
    await user.keyboard('p{ArrowRight}{ArrowRight}');
    expectStep(3);
    expect(dimmed()).toEqual([]);
    await user.keyboard('{ArrowRight}');
    // At the objection o: c is its parent, a and a1 are dimmed.
    expect(dimmed()).toEqual(['a', 'a1']);
  });

  it('respects collapsed subtrees: folded nodes are not presented', async () => {
    const map = sample();
    map.nodes = map.nodes.map((n) => (n.id === 'o' ? { ...n, collapsed: true } : n));
    const { user } = setup(map);
    await user.keyboard('p{End}');
    expect(hud()).toHaveTextContent('5 / 5');
    expect(onCanvas()).toEqual(['a', 'a1', 'c', 'k', 'o']);
    // No fold toggles while presenting.
    expect(screen.queryByRole('button', { name: /Expand|Collapse/ })).toBeNull();
  });
});

describe('while presenting, nothing can be edited', () => {
  it('editing keys, undo and double-clicks do nothing', async () => {
    const { user } = setup();
    act(() => S().updateNode('c', { text: 'The main claim!' }));
    const map = S().map;
    await user.keyboard('p');
    await user.keyboard('rocel{Delete}{Enter}{F2}-{Shift>}F{/Shift}');
    await user.keyboard('{Control>}z{/Control}{Control>}a{/Control}');
    fireEvent.doubleClick(screen.getByTestId('presentation-catcher'));
    expect(S().map).toBe(map);
    expect(S().editingNodeId).toBeNull();
    expect(S().selectedNodeIds).toEqual([]);
    expect(S().presentationStep).toBe(1);
    // The canvas underneath is covered: a click advances, it does not reach a node.
    expect(screen.getByTestId('presentation-catcher')).toBeInTheDocument();
  });
});

describe('leaving', () => {
  it('Escape leaves, exits full screen, shows everything again and fits the view; nothing was recorded', async () => {
    const { user } = setup();
    await user.keyboard('p');
    expect(document.fullscreenElement).toBe(document.documentElement);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const fits = S().fitRequest;
    await user.keyboard('{Escape}');
    expect(S().presentationStep).toBeNull();
    expect(exitFullscreen).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'Presentation' })).toBeNull();
    expect(document.documentElement).not.toHaveClass('is-presenting');
    expect(onCanvas()).toEqual([...ORDER].sort());
    expect(dimmed()).toEqual([]);
    expect(S().fitRequest).toBe(fits + 1);
    expect(S().history.past).toHaveLength(0);
    expect(S().map).toBe(S().savedMap);
    // Escape now is the editor's again (clears the selection), not a presentation key.
    act(() => S().select(['a']));
    await user.keyboard('{Escape}');
    expect(S().selectedNodeIds).toEqual([]);
  });

  it('the Leave button leaves', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.click(within(hud()).getByRole('button', { name: 'Leave' }));
    expect(S().presentationStep).toBeNull();
  });

  it('leaving full screen with the browser’s own Escape leaves the presentation', async () => {
    const { user } = setup();
    await user.keyboard('p');
    act(() => {
      fullscreenElement = document.documentElement;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(S().presentationStep).toBe(1);
    act(() => {
      fullscreenElement = null;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(S().presentationStep).toBeNull();
    expect(exitFullscreen).not.toHaveBeenCalled();
  });
});
