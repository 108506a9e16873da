// A shared room in the browser: the Hocuspocus provider (connection, reconnection, presence),
// y-indexeddb (edits kept in this browser while offline, also across a reload) and the binding,
// wired to the store through its RoomSync seam. Loaded with import() only when someone shares
// a map or opens a room link, so the editor's first load does not grow.
import * as Y from 'yjs';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { MapBinding } from './binding.ts';
import { useEditor } from '../store/store.ts';
import { presenceSink, setRoomSync, type RoomPerson, type RoomState } from '../store/room.ts';
import { toMapFile } from '../model/format/save.ts';
import { roomUrl, type RoomLink } from './links.ts';
import { closeReason, refusedChange } from './refusals.ts';
import { exposeToScripts } from '../io/scriptHandle.ts';
import { NAME_KEY } from '../io/authorName.ts';
import * as textEdit from '../model/textEdit.ts';
import { provideTextTools } from '../store/textTools.ts';

// Open editors merge others' words into their own with these (see store/textTools.ts).
provideTextTools(textEdit);

/**
 * Reconnection: first try half a second after a drop, then back off to at most 2 s (with
 * jitter, so a room's pages do not all knock at once). The provider's default grows to 30 s,
 * so a page could sit offline for half a minute after its server was back.
 */
const RECONNECT = { delay: 500, minDelay: 250, factor: 1.5, maxDelay: 2000, jitter: true };

const COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4'];

/** Puts the current map in a new room on this server and joins it with the edit link. */
export async function shareCurrentMap(): Promise<void> {
  const editor = useEditor.getState();
  let created: { room: string; edit: string; view: string; error?: string };
  try {
    const res = await fetch('/api/rooms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(toMapFile(editor.map)),
    });
    created = await res.json();
    if (!res.ok) throw new Error(created.error ?? `The server answered ${res.status}.`);
  } catch (e) {
    editor.notify({
      tone: 'error',
      title: 'Could not share this map',
      details: [(e as Error).message, 'Sharing needs the Argmap server: start it with `npm run serve` and open the app from it.'],
    });
    return;
  }
  history.replaceState(null, '', roomUrl(created.room, 'edit', created.edit));
  joinRoom({ room: created.room, access: 'edit', secret: created.edit }, { view: created.view });
}

let current: { destroy(): Promise<void> } | null = null;

/** Joins a room: the map on screen becomes the room's map, and every change goes both ways. */
export function joinRoom(link: RoomLink, known: { view?: string } = {}): void {
  void current?.destroy();
  const editor = useEditor.getState();
  const doc = new Y.Doc();
  const binding = new MapBinding(doc);
  // Offline edits live here until the server has them; also what a reload shows before connecting.
  const localName = `argmap-room-${link.room}`;
  const local = new IndexeddbPersistence(localName, doc);
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  const provider = new HocuspocusProvider({ url: wsUrl, name: link.room, token: link.secret, document: doc, ...RECONNECT });

  const links: RoomState['links'] =
    link.access === 'edit'
      ? { edit: roomUrl(link.room, 'edit', link.secret), view: known.view ? roomUrl(link.room, 'view', known.view) : '' }
      : { view: roomUrl(link.room, 'view', link.secret) };
  const room: RoomState = {
    id: link.room,
    access: link.access,
    status: 'connecting',
    ready: false,
    links,
    people: [],
    selfId: doc.clientID,
    canUndo: false,
    canRedo: false,
  };
  editor.setRoom(room);

  // The room's map replaces the one on screen once it is known (from the server, or from this
  // browser's copy when offline); only then do local changes go into the room.
  let ready = false;
  const undoState = () => useEditor.getState().updateRoom({ canUndo: binding.canUndo(), canRedo: binding.canRedo() });
  const becomeReady = () => {
    if (ready) return;
    ready = true;
    useEditor.getState().enterRoom(binding.map);
    setRoomSync({
      push: (map, gesture, caret) => {
        binding.apply(map, { gesture, caret });
        undoState();
      },
      endGesture: () => binding.endGesture(),
      undo: () => void binding.undo(),
      redo: () => void binding.redo(),
    });
  };
  const stopListening = binding.subscribe((map, texts) => {
    if (ready) useEditor.getState().receiveMap(map, texts);
    undoState();
  });
  void local.whenSynced.then(() => binding.map.nodes.length > 0 && becomeReady());
  provider.on('synced', becomeReady);
  binding.undoManager.on('stack-item-added', undoState);
  binding.undoManager.on('stack-item-popped', undoState);

  // Until the first connection the page is connecting; a connection lost afterwards is offline
  // (edits are kept in this browser and sent when it is back), however it was lost.
  let connectedOnce = false;
  provider.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (status === WebSocketStatus.Connected) connectedOnce = true;
    const next =
      status === WebSocketStatus.Connected ? 'connected' : connectedOnce || navigator.onLine === false ? 'offline' : 'connecting';
    useEditor.getState().updateRoom({ status: next });
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    useEditor.getState().notify({ tone: 'error', title: 'Could not join the shared map', details: [reason] });
    useEditor.getState().updateRoom({ status: 'offline' });
  });
  provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    const refusal = refusedChange(event);
    if (refusal) return changeRefused(refusal);
    if (!event.reason || /provider_initiated/.test(event.reason)) return;
    const reason = closeReason(event);
    if (reason)
      useEditor.getState().notify({
        tone: 'warning',
        title: 'The server broke off this page’s connection',
        details: [reason, 'The page connects again by itself; your changes are kept and will be sent.'],
      });
    // The server may close this room's connection but keep the socket: drop the socket so the provider reconnects.
    provider.configuration.websocketProvider.webSocket?.close();
  });
  // A refused change would be sent, and refused, again on every reconnect: this page drops what
  // the server does not have (here and in this browser's copy) and joins again from the server's map.
  let refused = false;
  const changeRefused = (reason: string) => {
    if (refused) return;
    refused = true;
    useEditor.getState().notify({
      tone: 'error',
      title: 'Your last change was not saved',
      details: [reason, 'The map now shows the room as the server has it.'],
    });
    useEditor.getState().updateRoom({ status: 'connecting', ready: false });
    setTimeout(async () => {
      if (current !== self) return;
      await self.destroy();
      await clearDocument(localName);
      if (current === self) joinRoom(link, known);
    });
  };

  // Presence: a name and colour per person, their selection and their pointer (throttled).
  const awareness = provider.awareness!;
  const name = localStorage.getItem(NAME_KEY) || `Guest ${Math.floor(Math.random() * 900 + 100)}`;
  const color = COLORS[doc.clientID % COLORS.length]!;
  awareness.setLocalStateField('user', { name, color });
  awareness.setLocalStateField('selection', useEditor.getState().selectedNodeIds);
  const stopSelection = useEditor.subscribe((s, prev) => {
    if (s.selectedNodeIds !== prev.selectedNodeIds) awareness.setLocalStateField('selection', s.selectedNodeIds);
  });
  awareness.on('change', () => {
    const people: RoomPerson[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const user = state.user as { name?: unknown; color?: unknown } | undefined;
      if (!user || typeof user.name !== 'string') continue;
      people.push({
        clientId,
        name: user.name.slice(0, 40),
        color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#868e96',
        selection: Array.isArray(state.selection) ? state.selection.filter((id: unknown): id is string => typeof id === 'string') : [],
        pointer: isPoint(state.pointer) ? state.pointer : undefined,
      });
    }
    useEditor.getState().updateRoom({
      people: people.sort((a, b) => (a.clientId === doc.clientID ? -1 : b.clientId === doc.clientID ? 1 : a.name.localeCompare(b.name))),
    });
  });
  presenceSink.name = (next: string) => {
    localStorage.setItem(NAME_KEY, next);
    awareness.setLocalStateField('user', { name: next, color });
  };
  presenceSink.pointer = throttle((p: { x: number; y: number } | null) => awareness.setLocalStateField('pointer', p), 50);

  // For the browser tests: the doc itself, to send what a hostile page could (a crafted update).
  exposeToScripts({ room: { doc, provider } });

  const self = {
    async destroy() {
      stopListening();
      stopSelection();
      setRoomSync(null);
      provider.destroy();
      binding.destroy();
      presenceSink.pointer = () => {};
      presenceSink.name = () => {};
      await local.destroy();
    },
  };
  current = self;
}

const isPoint = (p: unknown): p is { x: number; y: number } =>
  !!p && typeof p === 'object' && Number.isFinite((p as { x: unknown }).x) && Number.isFinite((p as { y: unknown }).y);

function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A;
  return (...args: A) => {
    lastArgs = args;
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      fn(...args);
    } else if (!pending)
      pending = setTimeout(() => {
        pending = undefined;
        last = Date.now();
        fn(...lastArgs);
      }, wait);
  };
}
