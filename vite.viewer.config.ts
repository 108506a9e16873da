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
 * The page is the editor's view with its own commands: wherever the editor imports one of these
 * modules, the page gets its own, which has the same exports and offers nothing that edits.
 * src/components/commands.ts is the command registry (the search box, the keyboard shortcuts
 * and the ? list read it); src/canvas/keyboardHelp.ts is what a screen reader says the keys do;
 * src/components/SchemeSection.tsx edits an argument's scheme with the whole catalogue; the
 * editing controls and other people's presence draw nothing on a page (viewer/stubs/).
 */
const PAGE_MODULES: Record<string, string> = {
  [path('./src/components/commands.ts')]: path('./src/viewer/commands.ts'),
  [path('./src/canvas/keyboardHelp.ts')]: path('./src/viewer/keyboardHelp.ts'),
  [path('./src/components/SchemeSection.tsx')]: path('./src/viewer/SchemeSection.tsx'),
  [path('./src/canvas/InlineTextEditor.tsx')]: path('./src/viewer/stubs/editing.tsx'),
  [path('./src/components/ConnectField.tsx')]: path('./src/viewer/stubs/editing.tsx'),
  [path('./src/canvas/AddChildToolbar.tsx')]: path('./src/viewer/stubs/editing.tsx'),
  [path('./src/canvas/Presence.tsx')]: path('./src/viewer/stubs/editing.tsx'),
};

function pageModules(): Plugin {
  const pageFiles = new Set(Object.values(PAGE_MODULES));
  const names = new Set(Object.keys(PAGE_MODULES).map((file) => file.slice(file.lastIndexOf('/'))));
  return {
    name: 'argmap-page-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !names.has(source.slice(source.lastIndexOf('/'))) || pageFiles.has(normalizePath(importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && PAGE_MODULES[normalizePath(resolved.id)]) ?? null;
    },
  };
}

export default mergeConfig(
  editorConfig,
  defineConfig({
    plugins: [pageModules()],
    resolve: { alias: [{ find: /^zod\/locales$/, replacement: path('./src/viewer/stubs/zodLocales.ts') }] },
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
