// The example maps shipped in maps/, bundled so they open offline.
const files = import.meta.glob('/maps/*.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface Example {
  id: string;
  fileName: string;
  load(): Promise<string>;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .filter(([path]) => !path.endsWith('.schema.json'))
  .map(([path, load]) => {
    const fileName = path.split('/').pop()!;
    return { id: fileName.replace(/\.json$/, ''), fileName, load };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export const DEFAULT_EXAMPLE = 'gsomia-2012';
