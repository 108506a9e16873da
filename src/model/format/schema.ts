// The Argmap file format, current version. The strict schema here is what the writer
// produces, what the published JSON Schema is generated from, and the per-field checks
// the lenient reader (restore.ts) applies one field at a time.
// zod/mini (the tree-shakable build: about 9 kB gzipped here instead of 27) keeps the
// editor's initial JavaScript small; the English messages are loaded so repairs read well.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { EXERCISE_MODES, GHOST_MODES, LAYOUT_MODES, MARKS, NODE_KINDS, QUESTION_STATUSES, RELATION_KINDS } from '../types.ts';

z.config(en());

import { FORMAT_NAME, FORMAT_VERSION } from './version.ts';

export { FORMAT_NAME, FORMAT_VERSION };

/** A string with at least one character, described for the JSON Schema when `description` is given. */
const text1 = (description?: string) =>
  description ? z.string().check(z.minLength(1), z.describe(description)) : z.string().check(z.minLength(1));
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

export const PointSchema = z.strictObject({ x: z.number(), y: z.number() });

export const SourceSchema = z.strictObject({
  document: z.optional(z.string()),
  section: z.optional(z.string()),
  paragraph: z.optional(z.string()),
  quote: z.optional(z.string()),
});

/** W3C Web Annotation TextPositionSelector: offsets into the source's text, end exclusive. */
export const PositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: described(z.number(), 'offset of the first character (UTF-16 code units, `\n` line ends)'),
  end: described(z.number(), 'offset after the last character'),
});

/** W3C Web Annotation TextQuoteSelector: the passage's words and the words around them. */
export const QuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: text1(),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});

export const AnchorSchema = z.strictObject({
  source: text1("id of one of the map's sources"),
  position: z.optional(PositionSelectorSchema),
  quote: z.optional(QuoteSelectorSchema),
});

export const SourceDocSchema = z.strictObject({
  id: text1(),
  title: z.string(),
  author: z.optional(z.string()),
  date: z.optional(z.string()),
  address: described(z.optional(z.string()), 'where the text can be found: a URL or a library reference'),
  text: described(z.optional(z.string()), 'the text itself (embedded source); absent: referenced, the user supplies it'),
});

export const NodeSchema = z.strictObject({
  id: text1(),
  kind: z.enum(NODE_KINDS),
  text: z.string(),
  position: PointSchema,
  notes: z.optional(z.string()),
  source: z.optional(SourceSchema),
  mark: described(z.optional(z.enum(MARKS)), 'the user judged the statement accepted or rejected; absent: open'),
  collapsed: described(z.optional(z.boolean()), 'what bears on this node is folded away'),
  anchor: described(z.optional(AnchorSchema), 'the passage of a source this statement renders'),
});

export const QuestionStateSchema = z.strictObject({
  status: z.enum(QUESTION_STATUSES),
  by: described(z.optional(text1()), 'id of the statement that answers the question, or of the objection made of it'),
});

export const SchemeUseSchema = z.strictObject({
  scheme: text1('id of the argumentation scheme in the catalogue (docs/schemes.md)'),
  roles: described(z.optional(z.record(z.string(), text1())), 'premise role id → id of the statement that fills it'),
  questions: described(z.optional(z.record(z.string(), QuestionStateSchema)), 'critical question id → its state; absent: open'),
});

export const RelationSchema = z.strictObject({
  id: text1(),
  kind: z.enum(RELATION_KINDS),
  from: text1('id of the node the relation starts from'),
  to: text1('id of the node it bears on; for "undercuts", id of the relation it attacks'),
  group: described(z.optional(text1()), 'relations with the same group and target are co-premises'),
  weight: described(z.optional(z.number().check(z.minimum(0), z.maximum(1))), 'how much the relation weighs, 0..1; absent: 1 (strong)'),
  scheme: described(z.optional(SchemeUseSchema), 'the argumentation scheme of the argument; alike on every relation of a co-premise group'),
});

export const MetaSchema = z.strictObject({
  title: z.string(),
  description: z.string(),
  focus: described(z.optional(text1()), 'id of the node the view is focused on'),
  layout: described(z.optional(z.enum(LAYOUT_MODES)), 'how Layout arranges the map; absent: auto'),
});

export const CommentReplySchema = z.strictObject({
  id: text1(),
  author: z.string(),
  created: described(z.string(), 'when it was written, ISO 8601'),
  text: z.string(),
});

export const CommentSchema = z.strictObject({
  ...CommentReplySchema.shape,
  target: described(z.optional(text1()), 'id of the node or relation the comment is about; absent: the whole map'),
  wasOn: described(z.optional(z.string()), 'what the comment was on before that was deleted, in words; it is now on the whole map'),
  resolved: z.optional(z.boolean()),
  replies: z.optional(z.array(CommentReplySchema)),
});

export const ExerciseKeySchema = z.strictObject({
  meta: MetaSchema,
  nodes: z.array(NodeSchema),
  relations: z.array(RelationSchema),
});

export const ExerciseSchema = z.strictObject({
  mode: z.enum(EXERCISE_MODES),
  ghosts: described(z.enum(GHOST_MODES), 'missing parts of the key drawn as ghosts on Check (shown) or only counted'),
  key: described(z.optional(ExerciseKeySchema), 'the key, only when the teacher allows self-checking'),
});

export const FileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  meta: MetaSchema,
  nodes: z.array(NodeSchema),
  relations: z.array(RelationSchema),
  sources: described(z.optional(z.array(SourceDocSchema)), 'texts the map is made from'),
  comments: described(z.optional(z.array(CommentSchema)), 'remarks on statements, relations or the map, with replies'),
  exercise: described(z.optional(ExerciseSchema), 'present when the map is an exercise for students'),
});

export type MapFile = z.infer<typeof FileSchema>;

/** JSON Schema (draft 2020-12) for other tools; written to schema/argmap.schema.json. */
export function fileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://argmap.local/schema/argmap.schema.json',
    title: `Argmap map file, format version ${FORMAT_VERSION}`,
    ...z.toJSONSchema(FileSchema, { target: 'draft-2020-12' }),
  };
}
