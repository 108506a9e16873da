// The right-hand panel: one tab per way of looking at the map.
import { memo, type ComponentType } from 'react';
import { useEditor, type SidePanel as PanelId } from '../store/store.ts';
import { Inspector } from './Inspector.tsx';
import { lazyPanel } from './lazyView.tsx';

// The Inspector is the panel shown at start; the others load the first time their tab is chosen.
// The Check tab's badge (the structure check) comes just after the first paint.
const StructureBadge = lazyPanel(() => import('./StructureBadge.tsx'), 'StructureBadge', 'the structure check', null);
const OutlinePanel = lazyPanel(() => import('./OutlinePanel.tsx'), 'OutlinePanel', 'the outline');
const CheckTab = lazyPanel(() => import('./CheckTab.tsx'), 'CheckTab', 'the structure check');
const BalancePanel = lazyPanel(() => import('./BalancePanel.tsx'), 'BalancePanel', 'the balance panel');
const SourcePane = lazyPanel(() => import('./source/SourcePane.tsx'), 'SourcePane', 'the source panel');
const CommentsPanel = lazyPanel(() => import('./comments/CommentsPanel.tsx'), 'CommentsPanel', 'the comments');

const PANELS: { id: PanelId; label: string; Component: ComponentType }[] = [
  { id: 'inspector', label: 'Inspector', Component: Inspector },
  { id: 'outline', label: 'Outline', Component: OutlinePanel },
  { id: 'check', label: 'Check', Component: CheckTab },
  { id: 'balance', label: 'Balance', Component: BalancePanel },
  { id: 'source', label: 'Source', Component: SourcePane },
  { id: 'comments', label: 'Comments', Component: CommentsPanel },
];

export const SidePanel = memo(function SidePanel() {
  const active = useEditor((s) => s.sidePanel);
  const setPanel = useEditor((s) => s.setSidePanel);
  const current = PANELS.find((p) => p.id === active) ?? PANELS[0]!;
  // The ARIA tabs pattern: one Tab stop for the tabs, ←/→ (Home/End) choose.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const at = PANELS.indexOf(current);
    const to =
      e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    const next = PANELS[(to + PANELS.length) % PANELS.length]!;
    setPanel(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
            tabIndex={p.id === current.id ? 0 : -1}
            aria-selected={p.id === current.id}
            aria-controls={`panel-${p.id}`}
            onClick={() => setPanel(p.id)}
          >
            {p.label}
            {p.id === 'check' && <StructureBadge />}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <current.Component />
      </div>
    </div>
  );
});
