// The two choices a brief and a drill share: the side (for or against) and the statement (the
// main claim, or the statement selected on the canvas: any statement can be briefed).
import { useId, useMemo } from 'react';
import { useEditor } from '../../store/store.ts';
import { contentOf } from '../../store/mapViews.ts';
import { mainClaimId } from '../../model/tree.ts';
import { short } from '../../model/brief/lines.ts';
import type { BriefSide } from '../../model/brief/types.ts';

export interface BriefChoice {
  side: BriefSide;
  /** The statement; null: the main claim. */
  target: string | null;
}

/** The map's content and its main claim, for the dialogs. */
export function useBriefMap() {
  const map = useEditor((s) => contentOf(s.map));
  const mainId = useMemo(() => mainClaimId(map), [map]);
  return { map, mainId };
}

/** The target the brief is about: the chosen statement while it exists, else the main claim. */
export function targetOf(choice: BriefChoice, map: { nodes: { id: string }[] }, mainId: string | undefined): string | undefined {
  return choice.target !== null && map.nodes.some((n) => n.id === choice.target) ? choice.target : mainId;
}

export function BriefFields({ choice, onChange }: { choice: BriefChoice; onChange(choice: BriefChoice): void }) {
  const id = useId();
  const { map, mainId } = useBriefMap();
  const selectedId = useEditor((s) => (s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0]! : null));
  const target = targetOf(choice, map, mainId);
  const textOf = (nodeId: string) => short(map.nodes.find((n) => n.id === nodeId)?.text ?? nodeId, 70);
  // The main claim, the statement chosen before (if another), and the one selected now (if another).
  const options = [...new Set([mainId, target, selectedId].filter((x): x is string => !!x && map.nodes.some((n) => n.id === x)))];
  return (
    <div className="brief-fields">
      <fieldset>
        <legend>Side</legend>
        {(['for', 'against'] as const).map((side) => (
          <label key={side}>
            <input
              type="radio"
              name={`${id}-side`}
              value={side}
              checked={choice.side === side}
              onChange={() => onChange({ ...choice, side })}
            />
            {side === 'for' ? 'For' : 'Against'}
          </label>
        ))}
      </fieldset>
      <div className="brief-target">
        <label htmlFor={`${id}-target`}>Statement</label>
        <select
          id={`${id}-target`}
          value={target ?? ''}
          onChange={(e) => onChange({ ...choice, target: e.target.value === mainId ? null : e.target.value })}
          disabled={options.length < 2}
        >
          {options.map((nodeId) => (
            <option key={nodeId} value={nodeId}>
              {nodeId === mainId ? `Main claim: ${textOf(nodeId)}` : nodeId === selectedId ? `Selected: ${textOf(nodeId)}` : textOf(nodeId)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
