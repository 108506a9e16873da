// Views the first paint does not need, each loaded from its own chunk the first time it is
// shown (React.lazy). A panel says "Loading…" meanwhile; an overlay (dialog, presentation)
// shows nothing until it is there. A chunk that fails to load (the server went away) is
// reported as a notice (and in place, for a panel) instead of taking the whole editor down,
// and the next showing tries again. Errors while such a view renders are not caught here.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useEditor } from '../store/store.ts';

type Loader<K extends string> = () => Promise<Record<K, ComponentType>>;

/** A side panel's body. */
export function lazyPanel<K extends string>(load: Loader<K>, name: K, what: string): ComponentType {
  const view = retryingLazy(load, name);
  function LazyPanel() {
    return (
      <LoadFailure what={what} inPlace onFailure={view.retryNextTime}>
        <Suspense fallback={<p className="hint">Loading {what}…</p>}>
          <view.Lazy />
        </Suspense>
      </LoadFailure>
    );
  }
  LazyPanel.displayName = `LazyPanel(${name})`;
  return LazyPanel;
}

interface OverlayOptions {
  what: string;
  /** Whether the overlay is wanted now (a store selector hook). */
  useShown: () => boolean;
  /** Puts the store back as if the overlay had closed (after a failed load). */
  close: () => void;
  /** A dialog stays mounted once it has been opened (it opens and closes itself, and gives focus back); else it is mounted only while shown. */
  keepMounted: boolean;
}

/** A dialog or full-screen overlay. */
export function lazyOverlay<K extends string>(load: Loader<K>, name: K, { what, useShown, close, keepMounted }: OverlayOptions): ComponentType {
  const view = retryingLazy(load, name);
  function LazyOverlay() {
    const shown = useShown();
    const [opened, setOpened] = useState(false);
    if (shown && !opened) setOpened(true);
    if (!(keepMounted ? opened || shown : shown)) return null;
    const failed = () => {
      view.retryNextTime();
      setOpened(false);
      close();
    };
    return (
      <LoadFailure what={what} inPlace={false} onFailure={failed}>
        <Suspense fallback={null}>
          <view.Lazy />
        </Suspense>
      </LoadFailure>
    );
  }
  LazyOverlay.displayName = `LazyOverlay(${name})`;
  return LazyOverlay;
}

/** React.lazy keeps a failed load: after one, the next showing starts from a fresh lazy. */
function retryingLazy<K extends string>(load: Loader<K>, name: K) {
  const make = () =>
    lazy(() =>
      load().then(
        (module): { default: ComponentType } => ({ default: module[name] }),
        (e: unknown) => Promise.reject(new ChunkLoadFailed(e instanceof Error ? e.message : String(e))),
      ),
    );
  const view = { Lazy: make(), retryNextTime: () => void (view.Lazy = make()) };
  return view;
}

/** Only a failed load is caught here: an error while the view renders goes on up as before. */
class ChunkLoadFailed extends Error {}

interface FailureProps {
  what: string;
  inPlace: boolean;
  onFailure: () => void;
  children: ReactNode;
}

class LoadFailure extends Component<FailureProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    if (!(error instanceof ChunkLoadFailed)) return;
    useEditor.getState().notify({ tone: 'error', title: `Could not load ${this.props.what}`, details: [error.message] });
    this.props.onFailure();
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!(error instanceof ChunkLoadFailed)) throw error;
    return this.props.inPlace ? <p className="hint">Could not load {this.props.what}: {error.message}</p> : null;
  }
}
