// Reads, checks and prepares a large map file off the main thread (see openFile.ts), so the
// page stays responsive, shows progress and can cancel. Pure model code only.
import { parseMapText, type LoadResult } from '../model/format/load.ts';
import { prepareForOpening } from '../model/largeMap.ts';
import { estimateNodeSize } from '../model/layout.ts';
import { mapVisibility, type MapVisibility } from '../model/visibility.ts';

/** `visibility`: what the opened map shows, worked out here so the page need not (ids only, so it survives the copy). */
export type OpenWorkerMessage = { type: 'progress'; step: string } | { type: 'done'; result: LoadResult; visibility?: MapVisibility };

const post = (message: OpenWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<string>) => {
  post({ type: 'progress', step: 'Checking every statement and relation' });
  const result = parseMapText(event.data);
  if (result.ok) {
    post({ type: 'progress', step: 'Folding and arranging' });
    const byId = new Map(result.map.nodes.map((n) => [n.id, n]));
    result.map = prepareForOpening(result.map, (id) => estimateNodeSize(byId.get(id)!));
    post({ type: 'done', result, visibility: mapVisibility(result.map) });
    return;
  }
  post({ type: 'done', result });
};
