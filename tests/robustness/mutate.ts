// Mutations of a saved file, for the loader fuzz test: change JSON values, delete, duplicate
// and retype fields, truncate the text, flip bytes. Pure functions of a seed-free recipe that
// fast-check generates, so a failing case shrinks and replays.
import fc from 'fast-check';

export type JsonMutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'retype'; at: number }
  | { op: 'truncate-string'; at: number; keep: number };

export type TextMutation =
  { op: 'truncate'; at: number } | { op: 'flip'; at: number; bit: number } | { op: 'insert'; at: number; text: string };

export interface Mutation {
  json: JsonMutation[];
  text: TextMutation[];
}

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate-string' as const), at: fc.nat(), keep: fc.nat(20) }),
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 4, unit: 'binary' }) }),
);

/** Mostly structural changes (they reach the deeper reader); byte damage now and then. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  json: fc.array(jsonMutation, { minLength: 1, maxLength: 4 }),
  text: fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as TextMutation[]) },
    { weight: 1, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 3 }) },
  ),
});

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in the document a value sits, in a stable order. */
function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push({ parent: value, key: i });
      slots(v, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k });
      slots(v, out);
    }
  return out;
}

function get(slot: Slot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}
function set(slot: Slot, v: unknown) {
  (slot.parent as Record<string | number, unknown>)[slot.key] = v;
}

/** The same value as another JSON type: a number as text, text as a number, a list as an object… */
function retype(v: unknown): unknown {
  if (typeof v === 'string') return v.trim() && Number.isFinite(Number(v)) ? Number(v) : v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 1 : 'false';
  if (v === null) return {};
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  return Object.values(v as object);
}

function applyJson(doc: unknown, m: JsonMutation): unknown {
  const all = slots(doc);
  if (!all.length) return m.op === 'replace' ? m.value : doc;
  const slot = all[m.at % all.length]!;
  switch (m.op) {
    case 'replace':
      set(slot, structuredClone(m.value));
      break;
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      break;
    case 'duplicate':
      // In a list: the element twice (duplicate ids). In an object: its value under a second key.
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, structuredClone(get(slot)));
      else slot.parent[`${slot.key as string}_copy`] = structuredClone(get(slot));
      break;
    case 'retype':
      set(slot, retype(get(slot)));
      break;
    case 'truncate-string': {
      const v = get(slot);
      if (typeof v === 'string') set(slot, v.slice(0, m.keep));
      break;
    }
  }
  return doc;
}

function applyText(text: string, m: TextMutation): string {
  const at = text.length ? m.at % text.length : 0;
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << m.bit)) + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
  }
}

/** The file's text after the mutation: JSON changes first (when it parses), then byte damage. */
export function mutateFile(original: string, mutation: Mutation): string {
  let text = original;
  let doc: unknown;
  try {
    doc = JSON.parse(original.replace(/^\uFEFF/, ''));
  } catch {
    doc = undefined;
  }
  if (doc !== undefined) {
    for (const m of mutation.json) doc = applyJson(doc, m);
    text = JSON.stringify(doc, null, 2);
  }
  for (const m of mutation.text) text = applyText(text, m);
  return text;
}
