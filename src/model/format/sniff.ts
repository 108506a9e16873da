// Recognises files that are not text at all (an image or an archive renamed to .json), so a
// refusal can say what the file is instead of quoting its bytes. Works on the text the
// browser decoded (UTF-8): bytes that are not UTF-8 arrive as U+FFFD.

const SIGNATURES: { kind: string; test: RegExp }[] = [
  { kind: 'an image (PNG)', test: /^\uFFFDPNG\r\n\u001A\n/ },
  { kind: 'an image (JPEG)', test: /^\uFFFD{2,3}/ },
  { kind: 'an image (GIF)', test: /^GIF8[79]a/ },
  { kind: 'an image (WebP)', test: /^RIFF[\s\S]{4}WEBP/ },
  { kind: 'a PDF document', test: /^%PDF-/ },
  { kind: 'an archive (ZIP)', test: /^PK\u0003\u0004/ },
  { kind: 'an archive (gzip)', test: /^\u001F\uFFFD/ },
];

/** Control characters other than tab, line feed, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** What a binary file is ("an image (PNG)", "a binary file"), or null when it reads as text. */
export function binaryKind(text: string): string | null {
  const head = text.slice(0, 4096);
  const known = SIGNATURES.find((s) => s.test.test(head));
  if (known) return known.kind;
  // Text files hold no NUL and almost no control or undecodable characters.
  const odd = (head.match(CONTROL)?.length ?? 0) + (head.match(/\uFFFD/g)?.length ?? 0);
  return head.includes('\u0000') || odd > head.length / 20 ? 'a binary file' : null;
}

/** A message quoting text from a file, with control and undecodable characters shown as "?". */
export function printable(message: string): string {
  return message.replace(CONTROL, '?').replace(/\uFFFD/g, '?');
}
