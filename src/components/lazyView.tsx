// Views the first paint does not need, each loaded from its own chunk the first time it is
// shown (React.lazy). A panel says "Loading…" meanwhile; an overlay (dialog, presentation)
// shows nothing until it is there. A chunk that fails to load (the server went away) is
// reported as a notice (and in place, for a panel) instead of taking the whole editor down,
// and the next showing calls import() again. Errors while such a view renders are not caught here.
import { Component, lazy, Suspense, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useEditor } from '../store/store.ts';

/** The props of the component a module exports under `name`. */
type PropsOf<C> = C extends ComponentType<infer P> ? P & object : never;

/** A component loaded on first use; `preload()` fetches it earlier (when the browser is idle). */
export type LazyComponent<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * A panel's body, or a part of one. `placeholder`: what shows while it loads (default
 * "Loading {what}…"); `null` for a small part (a badge): nothing in its place, loading or
 * failed (the notice still says so).
 */
export function lazyPanel<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  what: string,
  placeholder?: ReactNode,
): LazyComponent<PropsOf<M[K]>> {
  type P = PropsOf<M[K]>;
  const view = loadable<P>(() => load().then((module) => module[name] as ComponentType<P>));
  function LazyPanel(props: P) {
    // Chosen once per mount: switching from the lazy path to the loaded one would remount the view (and lose its state).
    const [Loaded] = useState(() => view.loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <LoadFailure what={what} inPlace={placeholder !== null} onFailure={view.retryNextTime}>
        <Suspense fallback={placeholder === undefined ? <p className="hint">Loading {what}…</p> : placeholder}>
          <view.Lazy {...props} />
        </Suspense>
      </LoadFailure>
    );
  }
  LazyPanel.displayName = `LazyPanel(${name})`;
  return Object.assign(LazyPanel, { preload: view.preload });
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
export function lazyOverlay<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  { what, useShown, close, keepMounted }: OverlayOptions,
): LazyComponent<object> {
  const view = loadable<object>(() => load().then((module) => module[name] as ComponentType));
  function LazyOverlay() {
    const shown = useShown();
    // Set when it is first shown: the loaded component if it was there then, else the lazy one (kept, not to remount).
    const [mounted, setMounted] = useState<{ Loaded: ComponentType | null } | null>(null);
    if (shown && !mounted) setMounted({ Loaded: view.loaded });
    if (!shown && !keepMounted && mounted) setMounted(null);
    if (!mounted || !(shown || keepMounted)) return null;
    const failed = () => {
      view.retryNextTime();
      setMounted(null);
      close();
    };
    const { Loaded } = mounted;
    return (
      <LoadFailure what={what} inPlace={false} onFailure={failed}>
        {Loaded ? (
          <Loaded />
        ) : (
          <Suspense fallback={null}>
            <view.Lazy />
          </Suspense>
        )}
      </LoadFailure>
    );
  }
  LazyOverlay.displayName = `LazyOverlay(${name})`;
  return Object.assign(LazyOverlay, { preload: view.preload });
}

const everyView: { preload(): Promise<unknown> }[] = [];

/** Loads every lazy view made so far (the component tests render them at once, as they were before). */
export const preloadLazyViews = () => Promise.all(everyView.map((view) => view.preload()));

/**
 * The component once loaded (then it renders at once, without suspending), else a React.lazy
 * that loads it. React.lazy keeps a failed load: after one, the next showing starts afresh.
 */
function loadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  const fetchComponent = (): Promise<ComponentType<P>> =>
    load().then(
      (component) => (view.loaded = component),
      (e: unknown) => Promise.reject(new ChunkLoadFailed(e instanceof Error ? e.message : String(e))),
    );
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> => lazy(() => fetchComponent().then((component) => ({ default: component })));
  const view = {
    loaded: null as ComponentType<P> | null,
    Lazy: makeLazy(),
    retryNextTime: () => void (view.Lazy = makeLazy()),
    preload: () => (view.loaded ? Promise.resolve() : fetchComponent().catch(() => undefined)),
  };
  everyView.push(view);
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
    return this.props.inPlace ? (
      <p className="hint">
        Could not load {this.props.what}: {error.message}
      </p>
    ) : null;
  }
}
