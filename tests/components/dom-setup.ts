// jsdom stubs React Flow needs (the ResizeObserver and DOMMatrixReadOnly of React Flow's own docs,
// "Testing"; element sizes; a `view` on mouse events for d3-drag), and store resets shared by
// the component tests. Import this first in each jsdom test file.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { useEditor } from '../../src/store/store';
import { preloadLazyViews } from '../../src/components/lazyView';
import { loadEvaluationEngine } from '../../src/store/evaluationEngine';

interface JsdomGlobal {
  jsdom?: { window: Window & typeof globalThis };
}

/** An observer that reports each observed element at once, so React Flow measures nodes. */
class ImmediateResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const el = target as HTMLElement;
    const width = el.offsetWidth ?? 0;
    const height = el.offsetHeight ?? 0;
    // React Flow's pan/zoom takes its extent from contentRect; without it an animated
    // fitView divides by a zero-sized pane and the viewport becomes NaN.
    const contentRect = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height, toJSON: () => ({}) } as DOMRectReadOnly;
    const box = [{ inlineSize: width, blockSize: height }];
    this.callback(
      [{ target, contentRect, borderBoxSize: box, contentBoxSize: box, devicePixelContentBoxSize: box } as unknown as ResizeObserverEntry],
      this,
    );
  }
  unobserve() {}
  disconnect() {}
}

/** React Flow reads only the zoom (m22) of the viewport transform. */
class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([0-9.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as Record<string, unknown> & JsdomGlobal;
  const win = g.jsdom?.window;
  const targets: Record<string, unknown>[] = [g];
  if (win) targets.push(win as unknown as Record<string, unknown>);
  for (const t of targets) {
    t.ResizeObserver = ImmediateResizeObserver;
    t.DOMMatrixReadOnly = DOMMatrixReadOnlyStub;
  }
  // Nodes get a size from their inline style (or a plausible default), so they count as
  // measured. clientWidth/Height too: d3-zoom's animated fitView divides by them.
  const width = {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.width) || 260;
    },
  };
  const height = {
    configurable: true,
    get(this: HTMLElement) {
      return parseFloat(this.style.height) || 80;
    },
  };
  Object.defineProperties(HTMLElement.prototype, { offsetWidth: width, offsetHeight: height });
  Object.defineProperties(Element.prototype, { clientWidth: width, clientHeight: height });
  (SVGElement.prototype as unknown as { getBBox(): DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;

  // d3-drag reads event.view.document; jsdom leaves `view` null unless given. Default it to
  // jsdom's own window (vitest's `window` is not a jsdom Window and would be refused).
  if (win) {
    for (const name of ['MouseEvent', 'PointerEvent'] as const) {
      const Base = (win as unknown as Record<string, typeof MouseEvent | undefined>)[name];
      if (!Base) continue;
      class WithView extends Base {
        constructor(type: string, init: MouseEventInit = {}) {
          super(type, { ...init, view: init.view ?? win });
        }
      }
      for (const t of targets) t[name] = WithView;
    }
  }
}

install();

export function resetEditor() {
  useEditor.setState(useEditor.getInitialState(), true);
}

// The editor loads panels, dialogs and the selection inspector on first use (lazyView.tsx,
// tested in lazy-view.test.tsx). Loaded here first, they render at once, as a test expects.
// The evaluation model too (loaded when evaluation is first turned on: store/evaluationEngine.ts).
beforeAll(async () => {
  await import('../../src/App');
  await Promise.all([preloadLazyViews(), loadEvaluationEngine()]);
});

beforeEach(() => {
  resetEditor();
});

afterEach(() => {
  cleanup();
});
