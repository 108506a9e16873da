// @vitest-environment jsdom
// Views loaded on first use (src/components/lazyView.tsx): what shows while a chunk loads,
// and what happens when it cannot load.
import './dom-setup';
import { act, render, screen } from '@testing-library/react';
import { create } from 'zustand';
import { lazyOverlay, lazyPanel } from '../../src/components/lazyView';
import { useEditor } from '../../src/store/store';

/** A module load the test settles by hand. */
function deferredModule() {
  let settle!: { resolve(m: { Hello: () => React.ReactElement }): void; reject(e: Error): void };
  const promise = new Promise<{ Hello: () => React.ReactElement }>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}
const Hello = () => <p>Hello from the chunk</p>;

describe('lazyPanel', () => {
  it('says it is loading, then shows the view', async () => {
    const load = deferredModule();
    const Panel = lazyPanel(() => load.promise, 'Hello', 'the greeting');
    render(<Panel />);
    expect(screen.getByText('Loading the greeting…')).toBeInTheDocument();
    await act(async () => load.resolve({ Hello }));
    expect(await screen.findByText('Hello from the chunk')).toBeInTheDocument();
    expect(screen.queryByText(/Loading/)).toBeNull();
  });

  it('a chunk that cannot load is said in place and as a notice; showing it again tries again', async () => {
    let attempt = 0;
    const first = deferredModule();
    const Panel = lazyPanel(() => (++attempt === 1 ? first.promise : Promise.resolve({ Hello })), 'Hello', 'the greeting');
    const view = render(<Panel />);
    await act(async () => first.reject(new Error('Failed to fetch dynamically imported module')));
    expect(await screen.findByText('Could not load the greeting: Failed to fetch dynamically imported module')).toBeInTheDocument();
    expect(useEditor.getState().notices.map((n) => n.title)).toEqual(['Could not load the greeting']);
    view.unmount();
    render(<Panel />);
    expect(await screen.findByText('Hello from the chunk')).toBeInTheDocument();
    expect(attempt).toBe(2);
  });

  it('once loaded, renders at once (no loading state)', async () => {
    const Panel = lazyPanel(() => Promise.resolve({ Hello }), 'Hello', 'the greeting');
    await Panel.preload();
    render(<Panel />);
    expect(screen.getByText('Hello from the chunk')).toBeInTheDocument();
  });
});

describe('lazyOverlay', () => {
  const useOverlay = create<{ open: boolean }>()(() => ({ open: false }));
  const close = () => useOverlay.setState({ open: false });

  it('loads nothing until it is shown', async () => {
    let loads = 0;
    useOverlay.setState({ open: false });
    const Overlay = lazyOverlay(() => (loads++, Promise.resolve({ Hello })), 'Hello', {
      what: 'the greeting',
      useShown: () => useOverlay((s) => s.open),
      close,
      keepMounted: true,
    });
    render(<Overlay />);
    expect(loads).toBe(0);
    act(() => useOverlay.setState({ open: true }));
    expect(await screen.findByText('Hello from the chunk')).toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('a failed load closes it and says so; opening it again tries again', async () => {
    let attempt = 0;
    useOverlay.setState({ open: false });
    const Overlay = lazyOverlay(() => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Hello })), 'Hello', {
      what: 'the greeting',
      useShown: () => useOverlay((s) => s.open),
      close,
      keepMounted: true,
    });
    render(<Overlay />);
    await act(async () => useOverlay.setState({ open: true }));
    await vi.waitFor(() => expect(useOverlay.getState().open).toBe(false));
    expect(useEditor.getState().notices.map((n) => [n.title, n.details])).toEqual([['Could not load the greeting', ['offline']]]);
    act(() => useOverlay.setState({ open: true }));
    expect(await screen.findByText('Hello from the chunk')).toBeInTheDocument();
  });
});
