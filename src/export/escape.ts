// The one way user text enters an exported document. Everything a user typed (node text,
// titles, ids) goes through `escapeXml` before it is put into SVG, in text or in an
// attribute value, so it is always data and never markup.

// Characters XML 1.0 does not allow at all (C0 controls except tab/newline/CR, the two
// non-characters at the end of the BMP, and unpaired surrogates).
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML element content and quoted attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
