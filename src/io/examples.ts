// The example maps shipped in maps/, bundled so they open offline; maps/other-formats/ holds
// examples in other tools' formats (Argdown, AIF/OVA, Kialo), opened through the importers.
const files = import.meta.glob(['/maps/*.json', '/maps/other-formats/*'], { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export interface Example {
  id: string;
  fileName: string;
  load(): Promise<string>;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .filter(([path]) => !path.endsWith('.schema.json'))
  .map(([path, load]) => {
    const fileName = path.split('/').pop()!;
    return { id: fileName.replace(/\.(json|argdown|txt)$/, ''), fileName, load, otherFormat: path.startsWith('/maps/other-formats/') };
  })
  // Argmap maps first (GSOMIA leads the list), then the other formats.
  .sort((a, b) => Number(a.otherFormat) - Number(b.otherFormat) || a.id.localeCompare(b.id))
  .map(({ otherFormat: _, ...example }) => example);

export const DEFAULT_EXAMPLE = 'gsomia-2012';
