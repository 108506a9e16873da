// A passage dragged from the Source pane onto the canvas: what the drop needs to know.
import type { NodeKind } from '../model/types.ts';
import type { Range } from '../model/source/selectors.ts';

export const PASSAGE_MIME = 'application/x-argmap-passage';

export interface DraggedPassage extends Range {
  sourceId: string;
  kind: NodeKind;
}

export function readDraggedPassage(data: DataTransfer): DraggedPassage | null {
  try {
    const raw = JSON.parse(data.getData(PASSAGE_MIME)) as Partial<DraggedPassage>;
    if (typeof raw.sourceId !== 'string' || typeof raw.start !== 'number' || typeof raw.end !== 'number' || typeof raw.kind !== 'string')
      return null;
    return raw as DraggedPassage;
  } catch {
    return null;
  }
}
