// The interactive page's viewer (src/viewer/main.tsx) as one script and one style sheet, fonts
// inlined: what src/export/interactivePage.ts puts in a page. The editor's config, with one
// entry, no code splitting (every import() inlined: a page from file:// can load nothing else)
// and everything the style sheet names inlined as data: URLs. Run by scripts/viewer-bundle.ts
// (`npx vite build --config vite.viewer.config.ts` builds it alone, into dist-viewer/).
import { defineConfig, mergeConfig, normalizePath, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import editorConfig from './vite.config.ts';

const path = (p: string) => normalizePath(fileURLToPath(new URL(p, import.meta.url)));

/**
 * The page is the editor's view with its own command registry: wherever the editor imports
 * src/components/commands.ts (the search box, the keyboard shortcuts, the ? list), the page
 * gets src/viewer/commands.ts, which has the same exports and only commands that edit nothing.
 */
function pageCommands(): Plugin {
  const editor = path('./src/components/commands.ts');
  const page = path('./src/viewer/commands.ts');
  return {
    name: 'argmap-page-commands',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('commands.ts') || normalizePath(importer) === page) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && normalizePath(resolved.id) === editor ? page : null;
    },
  };
}

export default mergeConfig(
  editorConfig,
  defineConfig({
    plugins: [pageCommands()],
    publicDir: false,
    build: {
      outDir: process.env.ARGMAP_VIEWER_OUT ?? 'dist-viewer',
      emptyOutDir: true,
      cssCodeSplit: false,
      assetsInlineLimit: () => true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: path('./src/viewer/main.tsx'),
        output: { codeSplitting: false, entryFileNames: 'viewer.js', assetFileNames: 'viewer[extname]' },
      },
    },
  }),
);
