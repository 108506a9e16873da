// ArgMap ⇄ Y.Doc: the only module that knows Yjs types.
//
// The doc holds four root maps:
//   nodes:     id → Y.Map of the node's fields; `text` is a Y.Text (concurrent typing merges),
//              every other field a plain JSON value (last writer wins per field)
//   relations: id → Y.Map of the relation's fields, all plain values
//   meta:      the map's meta fields, plain values
//   top:       the map's other top-level fields (its source texts), each a plain value
//   comments:  id → Y.Map of a comment's fields (without its replies), all plain values
//   replies:   id → Y.Map of a reply's fields and `comment`, its comment's id (commentEntries.ts):
//              comments and replies are entries of their own, so concurrent ones all survive
// Nodes, relations, comments and replies also carry an order key (see order.ts): relation order is the outline order.
// Fields are copied generically, so a field the model gains later travels without changes here.
//
// Writing: `apply(next)` diffs the map the binding last showed against `next` and writes only
// what changed, in one transaction with the binding's own origin (what its UndoManager tracks).
// Reading: changes from elsewhere (peers, undo, the provider) are read back into a new ArgMap
// that keeps the object identity of every node and relation they did not touch. What concurrent
// edits can leave inconsistent (a relation to a node someone deleted, a lone co-premise, a focus
// on a deleted node) is repaired when reading, the same way on every peer, so all converge.
import * as Y from 'yjs';
import type { ArgMap, ArgNode, MapMeta, Relation } from '../model/types.ts';
import { NODE_KINDS, RELATION_KINDS } from '../model/types.ts';
import { dissolveLoneGroups } from '../model/operations.ts';
import { spliceOf, type Splice, type TextCaret } from '../model/textEdit.ts';
import { compareKeyed, reorderKeys } from './order.ts';
import { commentEntries, readComments } from './commentEntries.ts';

const ORDER = '@order';
/** Node fields kept as Y.Text, so that two people typing in one node both keep their characters. */
const NODE_TEXT_FIELDS: ReadonlySet<string> = new Set(['text']);
const NO_TEXT_FIELDS: ReadonlySet<string> = new Set();

type Fields = Record<string, unknown>;
type Entry = Fields & { id: string };
interface RawComments {
  comments: readonly Entry[];
  replies: readonly Entry[];
}
interface Cached<T> {
  value: T;
  key: string;
}

/**
 * Called with the new map; `texts`: what the change did to node texts, character by character
 * (node id → splices, each on the text the previous one left), for an editor open on one.
 */
export type MapListener = (map: ArgMap, texts?: ReadonlyMap<string, Splice[]>) => void;

export class MapBinding {
  /** The origin of this binding's own transactions: its UndoManager tracks only these. */
  readonly origin: object = { argmapBinding: true };
  readonly undoManager: Y.UndoManager;
  private readonly yNodes: Y.Map<Y.Map<unknown>>;
  private readonly yRelations: Y.Map<Y.Map<unknown>>;
  private readonly yMeta: Y.Map<unknown>;
  private readonly yTop: Y.Map<unknown>;
  private readonly yComments: Y.Map<Y.Map<unknown>>;
  private readonly yReplies: Y.Map<Y.Map<unknown>>;
  private readonly nodeCache = new Map<string, Cached<Entry>>();
  private readonly relationCache = new Map<string, Cached<Entry>>();
  private readonly commentCache = new Map<string, Cached<Entry>>();
  private readonly replyCache = new Map<string, Cached<Entry>>();
  private readonly dirtyNodes = new Set<string>();
  private readonly dirtyRelations = new Set<string>();
  private readonly dirtyComments = new Set<string>();
  private readonly dirtyReplies = new Set<string>();
  /** Splices to node texts in the transaction under way (from elsewhere). */
  private textSplices = new Map<string, Splice[]>();
  private metaDirty = false;
  /** The meta as the doc holds it: `current.meta` may lack a focus on a missing node, which can come back. */
  private rawMeta: MapMeta;
  private topDirty = false;
  private current: ArgMap;
  private gestureOpen = false;
  private readonly listeners = new Set<MapListener>();

  constructor(readonly doc: Y.Doc) {
    this.yNodes = doc.getMap('nodes');
    this.yRelations = doc.getMap('relations');
    this.yMeta = doc.getMap('meta');
    this.yTop = doc.getMap('top');
    this.yComments = doc.getMap('comments');
    this.yReplies = doc.getMap('replies');
    this.yNodes.observeDeep((events, tr) => {
      this.markDirty(events, tr, this.yNodes, this.dirtyNodes);
      if (tr.origin !== this.origin) this.noteTextSplices(events);
    });
    this.yRelations.observeDeep((events, tr) => this.markDirty(events, tr, this.yRelations, this.dirtyRelations));
    this.yComments.observeDeep((events, tr) => this.markDirty(events, tr, this.yComments, this.dirtyComments));
    this.yReplies.observeDeep((events, tr) => this.markDirty(events, tr, this.yReplies, this.dirtyReplies));
    this.yMeta.observe((_event, tr) => {
      if (tr.origin !== this.origin) this.metaDirty = true;
    });
    this.yTop.observe((_event, tr) => {
      if (tr.origin !== this.origin) this.topDirty = true;
    });
    doc.on('afterTransaction', this.afterTransaction);
    // Every change is its own step unless apply() is told it continues a gesture.
    this.undoManager = new Y.UndoManager([this.yNodes, this.yRelations, this.yMeta, this.yTop, this.yComments, this.yReplies], {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: Number.POSITIVE_INFINITY,
    });
    for (const [id, y] of this.yNodes) this.nodeCache.set(id, readEntry(id, y));
    for (const [id, y] of this.yRelations) this.relationCache.set(id, readEntry(id, y));
    for (const [id, y] of this.yComments) this.commentCache.set(id, readEntry(id, y));
    for (const [id, y] of this.yReplies) this.replyCache.set(id, readEntry(id, y));
    this.rawMeta = readMeta(this.yMeta);
    this.current = project(
      this.rawMeta,
      sortedValues(this.nodeCache),
      sortedValues(this.relationCache),
      undefined,
      readTop(this.yTop),
      this.rawComments(),
    );
  }

  /** The map as the doc holds it now (repaired, identity kept for what did not change). */
  get map(): ArgMap {
    return this.current;
  }

  /**
   * Writes the difference between the current map and `next` to the doc, in one transaction.
   * `gesture: true` merges this change into the previous one for undo (the frames of a drag,
   * the keys of a text edit) until endGesture(). `caret` says where a node's text was typed.
   */
  apply(next: ArgMap, opts?: { gesture?: boolean; caret?: TextCaret }): void {
    const prev = this.current;
    if (next === prev) return;
    if (!(opts?.gesture && this.gestureOpen)) this.undoManager.stopCapturing();
    this.gestureOpen = !!opts?.gesture;
    if (this.writeTextOnly(prev, next, opts?.caret)) return;
    this.doc.transact(() => {
      if (next.meta !== prev.meta) {
        writeFields(this.yMeta, next.meta, NO_TEXT_FIELDS);
        this.rawMeta = next.meta;
      }
      writeTop(this.yTop, next, prev);
      if (next.nodes !== prev.nodes) this.writeEntries(this.yNodes, this.nodeCache, prev.nodes, next.nodes, NODE_TEXT_FIELDS, opts?.caret);
      if (next.relations !== prev.relations)
        this.writeEntries(this.yRelations, this.relationCache, prev.relations, next.relations, NO_TEXT_FIELDS);
      if (next.comments !== prev.comments) {
        const [before, after] = [commentEntries(prev.comments), commentEntries(next.comments)];
        this.writeEntries(this.yComments, this.commentCache, before.comments, after.comments, NO_TEXT_FIELDS);
        this.writeEntries(this.yReplies, this.replyCache, before.replies, after.replies, NO_TEXT_FIELDS);
      }
    }, this.origin);
    // What every peer shows is the doc's entries, repaired: read them back, so this peer shows
    // exactly that too (usually `next` itself; not when the doc holds entries `next` lacked, such
    // as a relation hidden while its node was missing, or a group a concurrent change left alone).
    const shown = project(
      this.rawMeta,
      sortedValues(this.nodeCache),
      sortedValues(this.relationCache),
      next,
      topOf(next),
      this.rawComments(),
    );
    this.current = shown;
    if (shown !== next) for (const listener of this.listeners) listener(shown);
  }

  /**
   * A keystroke: only one node's text changed. Written straight to its Y.Text, without the whole
   * diff and read-back apply() does, whose cost grows with the map (5 ms a key at 1,000 nodes).
   */
  private writeTextOnly(prev: ArgMap, next: ArgMap, caret?: TextCaret): boolean {
    if (
      next.meta !== prev.meta ||
      next.relations !== prev.relations ||
      next.comments !== prev.comments ||
      next.nodes.length !== prev.nodes.length
    )
      return false;
    for (const key of new Set([...Object.keys(prev), ...Object.keys(next)]))
      if (!ENTRY_FIELDS.has(key) && (prev as unknown as Fields)[key] !== (next as unknown as Fields)[key]) return false;
    let changed = -1;
    for (let i = 0; i < next.nodes.length; i++)
      if (next.nodes[i] !== prev.nodes[i]) {
        if (changed >= 0) return false;
        changed = i;
      }
    const before = prev.nodes[changed] as unknown as Entry | undefined;
    const after = next.nodes[changed] as unknown as Entry | undefined;
    if (!before || !after || before.id !== after.id || typeof after.text !== 'string') return false;
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      if (key !== 'text' && before[key] !== after[key]) return false;
    // Only when this peer shows the doc's own entry (not one repaired on reading).
    const cached = this.nodeCache.get(after.id);
    const text = this.yNodes.get(after.id)?.get('text');
    if (cached?.value !== before || !(text instanceof Y.Text)) return false;
    this.doc.transact(() => applyTextDiff(text, after.text as string, caret?.nodeId === after.id ? caret.at : undefined), this.origin);
    this.nodeCache.set(after.id, { value: after, key: cached.key });
    this.current = next;
    return true;
  }

  private rawComments(): RawComments {
    return { comments: sortedValues(this.commentCache), replies: sortedValues(this.replyCache) };
  }

  /** Ends a gesture: the next change starts a new undo step. */
  endGesture(): void {
    this.gestureOpen = false;
    this.undoManager.stopCapturing();
  }

  /** Undoes this binding's last step (never a peer's). Returns whether there was one. */
  undo(): boolean {
    this.endGesture();
    return this.undoManager.undo() !== null;
  }

  redo(): boolean {
    this.endGesture();
    return this.undoManager.redo() !== null;
  }

  canUndo(): boolean {
    return this.undoManager.canUndo();
  }

  canRedo(): boolean {
    return this.undoManager.canRedo();
  }

  /** Called with the new map after every change that did not come from apply() (peers, undo, redo). */
  subscribe(listener: MapListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.afterTransaction);
    this.undoManager.destroy();
    this.listeners.clear();
  }

  private markDirty(events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction, root: object, dirty: Set<string>) {
    if (tr.origin === this.origin) return; // apply() keeps the cache itself
    for (const event of events) {
      if (event.target === root) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty.add(key);
      else {
        const id = event.path[0];
        if (typeof id === 'string') dirty.add(id);
      }
    }
  }

  /** The exact characters a change from elsewhere inserted and deleted in each node's text. */
  private noteTextSplices(events: Y.YEvent<Y.AbstractType<unknown>>[]) {
    for (const event of events) {
      const [id, field] = event.path;
      if (!(event.target instanceof Y.Text) || typeof id !== 'string' || field !== 'text' || event.path.length !== 2) continue;
      const splices: Splice[] = [];
      let at = 0;
      for (const op of (event as Y.YTextEvent).delta) {
        if (op.retain) at += op.retain;
        else if (typeof op.insert === 'string') {
          splices.push({ start: at, removed: 0, inserted: op.insert });
          at += op.insert.length;
        } else if (op.delete) splices.push({ start: at, removed: op.delete, inserted: '' });
      }
      this.textSplices.set(id, splices);
    }
  }

  private readonly afterTransaction = (tr: Y.Transaction) => {
    if (tr.origin === this.origin) return;
    const texts = this.textSplices;
    this.textSplices = new Map();
    if (
      !this.metaDirty &&
      !this.topDirty &&
      !this.dirtyNodes.size &&
      !this.dirtyRelations.size &&
      !this.dirtyComments.size &&
      !this.dirtyReplies.size
    )
      return;
    const nodesChanged = refresh(this.yNodes, this.nodeCache, this.dirtyNodes);
    const relationsChanged = refresh(this.yRelations, this.relationCache, this.dirtyRelations);
    const commentsChanged = refresh(this.yComments, this.commentCache, this.dirtyComments);
    const repliesChanged = refresh(this.yReplies, this.replyCache, this.dirtyReplies);
    if (this.metaDirty) this.rawMeta = readMeta(this.yMeta);
    const meta = this.rawMeta;
    this.metaDirty = false;
    const top = this.topDirty ? readTop(this.yTop) : topOf(this.current);
    this.topDirty = false;
    // Relations hidden because a node was missing come back when it does (an undo of a delete).
    const entriesChanged = nodesChanged || relationsChanged;
    const next = project(
      meta,
      entriesChanged ? sortedValues(this.nodeCache) : undefined,
      entriesChanged ? sortedValues(this.relationCache) : undefined,
      this.current,
      top,
      // Which comments' targets exist can change with the nodes and relations too.
      entriesChanged || commentsChanged || repliesChanged ? this.rawComments() : undefined,
    );
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, texts.size ? texts : undefined);
  };

  private writeEntries(
    root: Y.Map<Y.Map<unknown>>,
    cache: Map<string, Cached<Entry>>,
    prevEntries: readonly { id: string }[],
    nextEntries: readonly { id: string }[],
    textFields: ReadonlySet<string>,
    caret?: TextCaret,
  ) {
    const prev = prevEntries as Entry[];
    const next = nextEntries as Entry[];
    const before = new Map(prev.map((e) => [e.id, e]));
    const after = new Set(next.map((e) => e.id));
    for (const e of prev) {
      if (after.has(e.id)) continue;
      root.delete(e.id);
      cache.delete(e.id);
    }
    const keys = reorderKeys(
      next.map((e) => e.id),
      new Map([...cache].map(([id, c]) => [id, c.key])),
    );
    for (const entry of next) {
      const key = keys.get(entry.id) ?? cache.get(entry.id)!.key;
      const old = before.get(entry.id);
      let y = root.get(entry.id);
      if (!y) {
        y = new Y.Map<unknown>();
        root.set(entry.id, y);
      }
      if (y.get(ORDER) !== key) y.set(ORDER, key);
      if (old !== entry) {
        writeFields(y, entry, textFields, caret?.nodeId === entry.id ? caret.at : undefined);
        cache.set(entry.id, { value: entry, key });
      } else {
        // Unchanged here: the cache keeps the doc's own value. `entry` is what this peer shows,
        // possibly repaired (a lone co-premise without its group); caching it would hide the
        // doc's group when a concurrent change makes the group whole again.
        const cached = cache.get(entry.id);
        cache.set(entry.id, { value: cached?.value ?? readEntry(entry.id, y).value, key });
      }
    }
  }
}

/** A fresh read of the whole doc (no binding needed): the server and tests use it. */
export function readMap(doc: Y.Doc): ArgMap {
  const entries = (root: Y.Map<Y.Map<unknown>>) =>
    [...root]
      .map(([id, y]) => readEntry(id, y))
      .sort(compareCached)
      .map((c) => c.value);
  return project(
    readMeta(doc.getMap('meta')),
    entries(doc.getMap('nodes')),
    entries(doc.getMap('relations')),
    undefined,
    readTop(doc.getMap('top')),
    { comments: entries(doc.getMap('comments')), replies: entries(doc.getMap('replies')) },
  );
}

/** Puts a whole map into an empty doc (a new room), as one transaction. */
export function writeMap(doc: Y.Doc, map: ArgMap, origin: unknown = null): void {
  doc.transact(() => {
    writeFields(doc.getMap('meta'), map.meta, NO_TEXT_FIELDS);
    writeTop(doc.getMap('top'), map, undefined);
    const put = (root: Y.Map<Y.Map<unknown>>, entries: readonly Entry[], textFields: ReadonlySet<string>) => {
      const keys = reorderKeys(
        entries.map((e) => e.id),
        new Map(),
      );
      for (const e of entries) {
        const y = new Y.Map<unknown>();
        root.set(e.id, y);
        writeFields(y, e, textFields);
        y.set(ORDER, keys.get(e.id)!);
      }
    };
    put(doc.getMap('nodes'), map.nodes as unknown as Entry[], NODE_TEXT_FIELDS);
    put(doc.getMap('relations'), map.relations as unknown as Entry[], NO_TEXT_FIELDS);
    const comments = commentEntries(map.comments);
    put(doc.getMap('comments'), comments.comments, NO_TEXT_FIELDS);
    put(doc.getMap('replies'), comments.replies, NO_TEXT_FIELDS);
  }, origin);
}

// ---- writing ----

/** Sets the fields of `value` on `y`, deletes the ones it lacks; only what differs is written. */
function writeFields(y: Y.Map<unknown>, value: object, textFields: ReadonlySet<string>, caret?: number) {
  const fields = value as Fields;
  for (const [key, v] of Object.entries(fields)) {
    if (key === 'id' || key === ORDER) continue;
    if (v === undefined) {
      if (y.has(key)) y.delete(key);
      continue;
    }
    const old = y.get(key);
    if (textFields.has(key) && typeof v === 'string') {
      if (old instanceof Y.Text) applyTextDiff(old, v, caret);
      else y.set(key, new Y.Text(v));
    } else if (old instanceof Y.AbstractType || !sameJson(old, v)) y.set(key, v);
  }
  for (const key of [...y.keys()]) if (key !== ORDER && fields[key] === undefined) y.delete(key);
}

/** The map's fields besides meta, nodes, relations and comments (its sources): each one plain value. */
const ENTRY_FIELDS: ReadonlySet<string> = new Set(['meta', 'nodes', 'relations', 'comments']);

function topOf(map: ArgMap): Fields {
  const top: Fields = {};
  for (const [key, v] of Object.entries(map)) if (!ENTRY_FIELDS.has(key) && v !== undefined) top[key] = v;
  return top;
}

/** Writes the top-level fields that changed since `prev` (all of them without one). */
function writeTop(y: Y.Map<unknown>, next: ArgMap, prev: ArgMap | undefined) {
  const fields = topOf(next);
  for (const [key, v] of Object.entries(fields))
    if (!prev || (prev as unknown as Fields)[key] !== v) if (!sameJson(y.get(key), v)) y.set(key, v);
  for (const key of [...y.keys()]) if (fields[key] === undefined) y.delete(key);
}

/** Replaces only the changed middle of the text, so concurrent edits elsewhere in it survive. */
function applyTextDiff(text: Y.Text, next: string, caret?: number) {
  const prev = text.toString();
  if (prev === next) return;
  const { start, removed, inserted } = spliceOf(prev, next, caret);
  if (removed > 0) text.delete(start, removed);
  if (inserted) text.insert(start, inserted);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Fields)[k], (b as Fields)[k]));
}

// ---- reading ----

function readEntry(id: string, y: Y.Map<unknown>): Cached<Entry> {
  const value: Entry = { id };
  let key = '';
  for (const [field, v] of y) {
    if (field === ORDER) key = typeof v === 'string' ? v : '';
    else if (field !== 'id') value[field] = v instanceof Y.AbstractType ? v.toString() : v;
  }
  return { value, key };
}

function readTop(y: Y.Map<unknown>): Fields {
  const top: Fields = {};
  for (const [key, v] of y) if (!ENTRY_FIELDS.has(key) && !(v instanceof Y.AbstractType) && v !== undefined) top[key] = v;
  return top;
}

function readMeta(y: Y.Map<unknown>): MapMeta {
  const meta: Fields = {};
  for (const [field, v] of y) meta[field] = v instanceof Y.AbstractType ? v.toString() : v;
  if (typeof meta.title !== 'string') meta.title = 'Untitled map';
  if (typeof meta.description !== 'string') meta.description = '';
  if (meta.focus !== undefined && (typeof meta.focus !== 'string' || !meta.focus)) delete meta.focus;
  return meta as unknown as MapMeta;
}

/** Re-reads the dirty entries into the cache; returns whether anything changed. */
function refresh(root: Y.Map<Y.Map<unknown>>, cache: Map<string, Cached<Entry>>, dirty: Set<string>): boolean {
  let changed = false;
  for (const id of dirty) {
    const y = root.get(id);
    const old = cache.get(id);
    if (!(y instanceof Y.Map)) {
      if (old) {
        cache.delete(id);
        changed = true;
      }
      continue;
    }
    const fresh = readEntry(id, y);
    if (old && old.key === fresh.key && sameJson(old.value, fresh.value)) continue;
    cache.set(id, { value: old && sameJson(old.value, fresh.value) ? old.value : fresh.value, key: fresh.key });
    changed = true;
  }
  dirty.clear();
  return changed;
}

const compareCached = (a: Cached<Entry>, b: Cached<Entry>) => compareKeyed({ key: a.key, id: a.value.id }, { key: b.key, id: b.value.id });

function sortedValues(cache: Map<string, Cached<Entry>>): Entry[] {
  return [...cache.values()].sort(compareCached).map((c) => c.value);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A node as the editor can show it: what a broken or hostile peer could write is defaulted. */
function usableNode(n: Entry): ArgNode {
  const p = n.position as Fields | undefined;
  const ok =
    (NODE_KINDS as readonly unknown[]).includes(n.kind) && typeof n.text === 'string' && !!p && isFiniteNumber(p.x) && isFiniteNumber(p.y);
  if (ok) return n as unknown as ArgNode;
  return {
    ...n,
    kind: (NODE_KINDS as readonly unknown[]).includes(n.kind) ? (n.kind as ArgNode['kind']) : 'premise',
    text: typeof n.text === 'string' ? n.text : '',
    position: { x: isFiniteNumber(p?.x) ? p.x : 0, y: isFiniteNumber(p?.y) ? p.y : 0 },
  };
}

/**
 * The map the editor shows, from the doc's entries in order: relations whose ends are gone
 * (repeatedly: an undercut of a dropped relation goes too), lone co-premise groups and a focus
 * on a missing node are dropped, as the file loader does. Arrays and the map keep their identity
 * when nothing in them changed (`undefined` entries: unchanged since `prev`).
 */
function project(
  meta: MapMeta,
  rawNodes: readonly object[] | undefined,
  rawRelations: readonly object[] | undefined,
  prev: ArgMap | undefined,
  rawTop: Fields,
  /** The comments' and replies' entries in order; undefined: unchanged since `prev`, nodes and relations too. */
  rawComments?: RawComments,
): ArgMap {
  const nodes = rawNodes || !prev ? keepIdentity((rawNodes as Entry[]).map(usableNode), prev?.nodes) : prev.nodes;
  const nodeIds = new Set(nodes.map((n) => n.id));
  const relations =
    rawRelations || !prev ? keepIdentity(repairRelations(rawRelations as Entry[], nodeIds), prev?.relations) : prev.relations;
  const focusOk = meta.focus === undefined || nodeIds.has(meta.focus);
  let nextMeta = focusOk ? meta : { ...meta };
  if (!focusOk) delete nextMeta.focus;
  if (prev && sameJson(prev.meta, nextMeta)) nextMeta = prev.meta;
  const prevTop = prev ? topOf(prev) : {};
  const top: Fields = {};
  for (const [key, v] of Object.entries(rawTop)) top[key] = sameJson(prevTop[key], v) ? prevTop[key] : v;
  const sameTop = Object.keys(top).length === Object.keys(prevTop).length && Object.keys(top).every((k) => top[k] === prevTop[k]);
  let relationIds: Set<string> | undefined;
  const isTarget = (id: string) => nodeIds.has(id) || (relationIds ??= new Set(relations.map((r) => r.id))).has(id);
  const comments = rawComments ? readComments(rawComments.comments, rawComments.replies, isTarget, prev?.comments) : prev?.comments;
  if (prev && nodes === prev.nodes && relations === prev.relations && nextMeta === prev.meta && sameTop && comments === prev.comments)
    return prev;
  const map = { ...top, meta: nextMeta, nodes, relations } as ArgMap;
  if (comments) map.comments = comments;
  return map;
}

function repairRelations(raw: Entry[], nodeIds: Set<string>): Relation[] {
  let kept = raw.filter(
    (r) => (RELATION_KINDS as readonly unknown[]).includes(r.kind) && typeof r.from === 'string' && typeof r.to === 'string',
  ) as unknown as Relation[];
  // An undercut aimed at a node is an objection (the loader's rule).
  kept = kept.map((r) => (r.kind === 'undercuts' && nodeIds.has(r.to) ? { ...r, kind: 'opposes' } : r));
  for (;;) {
    const relIds = new Set(kept.map((r) => r.id));
    const next = kept.filter((r) => nodeIds.has(r.from) && (r.kind === 'undercuts' ? relIds.has(r.to) : nodeIds.has(r.to)));
    if (next.length === kept.length) break;
    kept = next;
  }
  return dissolveLoneGroups(kept);
}

/** The previous array when it holds the same objects (nothing re-renders). */
function keepIdentity<T>(next: T[], prev: readonly T[] | undefined): T[] {
  if (prev && prev.length === next.length && next.every((v, i) => v === prev[i])) return prev as T[];
  return next;
}
