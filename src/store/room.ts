// The store's side of a shared map, without Yjs: when a room is open (src/sync/room.ts,
// loaded only when someone shares or opens a link), the store hands every change to it and
// takes undo/redo from it; what the room reports (connection, people, access) is UI state.
import type { ArgMap } from '../model/types.ts';
import type { TextCaret } from '../model/textEdit.ts';

export interface RoomSync {
  /**
   * A change made here: one undo step, or a frame of a gesture (a drag, the keys of a text
   * edit) until endGesture. `caret`: where a node's text was typed (only that is sent).
   */
  push(map: ArgMap, gesture: boolean, caret?: TextCaret): void;
  endGesture(): void;
  /** Undo/redo of this person's own changes only; the result arrives as a remote map. */
  undo(): void;
  redo(): void;
}

export type RoomStatus = 'connected' | 'connecting' | 'offline';

export interface RoomPerson {
  clientId: number;
  name: string;
  color: string;
  selection: string[];
  pointer?: { x: number; y: number };
}

export interface RoomState {
  id: string;
  access: 'edit' | 'view';
  status: RoomStatus;
  /** The room's map is on screen (from the server or this browser's copy); until then nothing can be edited. */
  ready: boolean;
  /** The links this person may hand on (a viewer only gets the view link). */
  links: { edit?: string; view: string };
  people: RoomPerson[];
  /** This person's id among `people`. */
  selfId: number;
  canUndo: boolean;
  canRedo: boolean;
}

let active: RoomSync | null = null;

export const roomSync = (): RoomSync | null => active;

export function setRoomSync(sync: RoomSync | null): void {
  active = sync;
}

/** Where the canvas sends this person's pointer (flow coordinates; null when it leaves); set by the room. */
export const presenceSink: { pointer(p: { x: number; y: number } | null): void; name(name: string): void } = {
  pointer() {},
  name() {},
};
