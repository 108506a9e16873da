// The right-hand panel: one tab per way of looking at the map.
import { memo, type ComponentType } from 'react';
import { useEditor, type SidePanel as PanelId } from '../store/store.ts';
import { Inspector } from './Inspector.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { StructureBadge, StructurePanel } from './StructurePanel.tsx';
import { BalancePanel } from './BalancePanel.tsx';
import { SourcePane } from './source/SourcePane.tsx';

const PANELS: { id: PanelId; label: string; Component: ComponentType }[] = [
  { id: 'inspector', label: 'Inspector', Component: Inspector },
  { id: 'outline', label: 'Outline', Component: OutlinePanel },
  { id: 'check', label: 'Check', Component: StructurePanel },
  { id: 'balance', label: 'Balance', Component: BalancePanel },
  { id: 'source', label: 'Source', Component: SourcePane },
];

export const SidePanel = memo(function SidePanel() {
  const active = useEditor((s) => s.sidePanel);
  const setPanel = useEditor((s) => s.setSidePanel);
  const current = PANELS.find((p) => p.id === active) ?? PANELS[0]!;
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Side panel">
        {PANELS.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`tab-${p.id}`}
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
