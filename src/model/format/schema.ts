// The Argmap file format, current version. The strict schema here is what the writer
// produces, what the published JSON Schema is generated from, and the per-field checks
// the lenient reader (restore.ts) applies one field at a time.
import { z } from 'zod';
import { LAYOUT_MODES, MARKS, NODE_KINDS, RELATION_KINDS } from '../types.ts';

export const FORMAT_NAME = 'argmap';
export const FORMAT_VERSION = 3;

export const PointSchema = z.object({ x: z.number(), y: z.number() }).strict();

export const SourceSchema = z
  .object({
    document: z.string().optional(),
    section: z.string().optional(),
    paragraph: z.string().optional(),
    quote: z.string().optional(),
  })
  .strict();

/** W3C Web Annotation TextPositionSelector: offsets into the source's text, end exclusive. */
export const PositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().describe('offset of the first character (UTF-16 code units, `\n` line ends)'),
    end: z.number().describe('offset after the last character'),
  })
  .strict();

/** W3C Web Annotation TextQuoteSelector: the passage's words and the words around them. */
export const QuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  })
  .strict();

export const AnchorSchema = z
  .object({
    source: z.string().min(1).describe('id of one of the map\'s sources'),
    position: PositionSelectorSchema.optional(),
    quote: QuoteSelectorSchema.optional(),
  })
  .strict();

export const SourceDocSchema = z
  .object({
    id: z.string().min(1),
    title: z.string(),
    author: z.string().optional(),
    date: z.string().optional(),
    address: z.string().optional().describe('where the text can be found: a URL or a library reference'),
    text: z.string().optional().describe('the text itself (embedded source); absent: referenced, the user supplies it'),
  })
  .strict();

export const NodeSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(NODE_KINDS),
    text: z.string(),
    position: PointSchema,
    notes: z.string().optional(),
    source: SourceSchema.optional(),
    mark: z.enum(MARKS).optional().describe('the user judged the statement accepted or rejected; absent: open'),
    collapsed: z.boolean().optional().describe('what bears on this node is folded away'),
    anchor: AnchorSchema.optional().describe('the passage of a source this statement renders'),
  })
  .strict();

export const RelationSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(RELATION_KINDS),
    from: z.string().min(1).describe('id of the node the relation starts from'),
    to: z.string().min(1).describe('id of the node it bears on; for "undercuts", id of the relation it attacks'),
    group: z.string().min(1).optional().describe('relations with the same group and target are co-premises'),
    weight: z.number().min(0).max(1).optional().describe('how much the relation weighs, 0..1; absent: 1 (strong)'),
  })
  .strict();

export const MetaSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    focus: z.string().min(1).optional().describe('id of the node the view is focused on'),
    layout: z.enum(LAYOUT_MODES).optional().describe('how Layout arranges the map; absent: auto'),
  })
  .strict();

export const FileSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    meta: MetaSchema,
    nodes: z.array(NodeSchema),
    relations: z.array(RelationSchema),
    sources: z.array(SourceDocSchema).optional().describe('texts the map is made from'),
  })
  .strict();

export type MapFile = z.infer<typeof FileSchema>;

/** JSON Schema (draft 2020-12) for other tools; written to schema/argmap.schema.json. */
export function fileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://argmap.local/schema/argmap.schema.json',
    title: `Argmap map file, format version ${FORMAT_VERSION}`,
    ...z.toJSONSchema(FileSchema, { target: 'draft-2020-12' }),
  };
}
