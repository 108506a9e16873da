// The interactive page shows a map and changes nothing in it. It puts the editor's store in
// the editor's own view-only state, the one a view link of a shared map has (store.ts,
// isViewOnly): every control that edits is off or read-only, and the store refuses edits. The
// page has no server, so its "room" is one with nobody else in it, never connected.
//
// Folding, focus and bringing a statement into view still work here: on a page they change
// what it shows, never a file (there is none) and never anyone else's map, so they replace the
// map on screen directly, with no undo step (the store's own actions would record one, and are
// refused in a view-only room).
import { useEditor, type EditorStore } from '../store/store.ts';
import type { RoomState } from '../store/room.ts';
import { emptyHistory } from '../store/history.ts';
import { parseMapText } from '../model/format/load.ts';
import type { ArgMap } from '../model/types.ts';
import * as ops from '../model/operations.ts';
import * as large from '../model/largeMap.ts';
import { revealNode } from '../model/visibility.ts';
import { estimateNodeSize } from '../model/layout.ts';

export const PAGE_VIEW: RoomState = {
  id: 'page',
  access: 'view',
  status: 'offline',
  ready: true,
  links: { view: '' },
  people: [],
  selfId: 0,
  canUndo: false,
  canRedo: false,
};

/** A large map is laid out as shown (as the store does): folding re-arranges it. */
function arranged(next: ArgMap, before: ArgMap): ArgMap {
  if (next === before || !large.isLargeMap(next)) return next;
  const { sizes } = useEditor.getState();
  const byId = new Map(next.nodes.map((n) => [n.id, n]));
  return large.arrange(next, (id) => sizes[id] ?? estimateNodeSize(byId.get(id)!));
}

/** The store's folding, focus and reveal, for a page: the map on screen changes, nothing is recorded. */
const viewActions: Pick<EditorStore, 'setCollapsed' | 'unfoldLevel' | 'setFocus' | 'centerOn'> = {
  setCollapsed(id, collapsed) {
    const { map } = useEditor.getState();
    useEditor.setState({ map: arranged(ops.setCollapsed(map, id, collapsed), map) });
  },
  unfoldLevel() {
    const { map } = useEditor.getState();
    useEditor.setState({ map: arranged(large.unfoldLevel(map), map) });
  },
  setFocus(id) {
    const { map, fitRequest } = useEditor.getState();
    useEditor.setState({ map: ops.setFocus(map, id), fitRequest: fitRequest + 1, fitTarget: 'all' });
  },
  centerOn(nodeId) {
    const { map, centerRequest } = useEditor.getState();
    useEditor.setState({ map: arranged(revealNode(map, nodeId), map), centerRequest: { nodeId, seq: (centerRequest?.seq ?? 0) + 1 } });
  },
};

/**
 * Opens the page's map (the text of an Argmap file) as the editor opens a file, then makes the
 * store view-only. A map that cannot be read leaves the page empty, with a notice saying why.
 */
export function openPageMap(fileText: string, name: string): boolean {
  const opened = useEditor.getState().openParsed(parseMapText(fileText), name);
  // Opening is an undo step in the editor; here there is nothing before the map to go back to.
  useEditor.setState({ ...viewActions, room: PAGE_VIEW, history: emptyHistory() });
  return opened;
}
