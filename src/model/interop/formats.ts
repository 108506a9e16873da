// The formats Argmap reads besides its own, and the largest file it reads.
export const INTEROP_FORMATS = ['argmap', 'argdown', 'aif', 'kialo'] as const;
export type InteropFormat = (typeof INTEROP_FORMATS)[number];

export const FORMAT_LABELS: Record<InteropFormat, string> = {
  argmap: 'Argmap JSON',
  argdown: 'Argdown',
  aif: 'AIF JSON (AIFdb / OVA)',
  kialo: 'Kialo discussion export',
};

/** Larger files are refused before parsing: reading them would freeze the page for seconds. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export function tooLarge(chars: number): string | null {
  if (chars <= MAX_IMPORT_CHARS) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `This file is ${mb(chars)}; Argmap imports files up to ${mb(MAX_IMPORT_CHARS)}. Split it into smaller files.`;
}
