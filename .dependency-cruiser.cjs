// Argmap's layers, checked by dependency-cruiser (`npm run check:layers`, also the first step of
// `npm test`). docs/architecture.md explains them; each rule below says which imports it
// forbids and why. What each folder may import, of ours:
//
//   src/model (and model/theme)   src/model only: the map, its operations, layout, formats,
//                                 and the look of a card (geometry, colours, contrast)
//   src/export                    model (SVG/PNG/PDF from the map and the theme alone)
//   src/store                     model (the zustand state and views derived from it)
//   src/sync (the core)           model (the Yjs binding, shared with the server)
//   src/sync/room.ts              the sync core, store, io, model (the browser's connection)
//   src/io                        store, export, model (browser side effects)
//   src/canvas                    io, store, model (React Flow)
//   src/components                canvas, io, store, export, sync, model
//   src/main.tsx, src/App.tsx     anything in src/; nothing imports them
//   src/viewer (the interactive page) anything in src/; nothing imports it
//   server/                       model and the sync core (Node)
//   scripts/                      anything but React code, io and the browser's room connection
//
// And everywhere: no import circles, type-only imports included.

/** Everything of ours under src/ except the listed folders (a regex for `to.path`). */
const srcExcept = (...folders) => `^src/(?!(?:${folders.join('|')})/)`;
/** The packages that tie code to React, the DOM or a live connection. */
const UI_PACKAGES = '^node_modules/(?:react|react-dom|@xyflow/react|zustand)/';
const SYNC_PACKAGES = '^node_modules/(?:yjs|y-indexeddb|@hocuspocus/[^/]+|lib0)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import circles, type-only imports included: a circle has no bottom, so neither module can be read (or tested, or lazily loaded) without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'Every import resolves to a file or an installed package, or is one of our Vite virtual modules (virtual:argmap-viewer: the built viewer, scripts/viewer-bundle.ts).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:argmap-' },
    },
    {
      name: 'model-imports-only-model',
      severity: 'error',
      comment:
        'src/model is the bottom: the argument map, its operations, layout, formats and the look of a card (model/theme). It imports nothing of ours from outside src/model, so it runs anywhere: the browser, a worker, the server, the command line.',
      from: { path: '^src/model/' },
      to: { path: srcExcept('model') },
    },
    {
      name: 'model-no-ui-or-sync',
      severity: 'error',
      comment: 'src/model imports no React, React Flow, zustand or Yjs: pure TypeScript.',
      from: { path: '^src/model/' },
      to: { path: [UI_PACKAGES, SYNC_PACKAGES] },
    },
    {
      name: 'export-imports-only-model',
      severity: 'error',
      comment:
        'src/export turns a map into SVG, PNG or PDF from the map and the theme (src/model, src/model/theme) alone: no store, canvas, io or components, so the command line and tests can render without the editor. Saving or copying the result is io (io/deliver.ts).',
      from: { path: '^src/export/' },
      to: { path: srcExcept('model', 'export') },
    },
    {
      name: 'export-no-ui-or-sync',
      severity: 'error',
      comment: 'src/export uses no React, React Flow components, zustand or Yjs (the framework-free @xyflow/system is fine).',
      from: { path: '^src/export/' },
      to: { path: [UI_PACKAGES, SYNC_PACKAGES] },
    },
    {
      name: 'store-imports-only-model',
      severity: 'error',
      comment:
        'src/store holds the state (zustand) and derives views from it with model code. It never imports io, sync, canvas, components or export: those call the store, not the other way round.',
      from: { path: '^src/store/' },
      to: { path: srcExcept('model', 'store') },
    },
    {
      name: 'sync-core-imports-only-model',
      severity: 'error',
      comment:
        "src/sync (binding, order, links, refusals) is shared with the server: it imports src/model only. The browser's connection to a room (sync/room.ts) is the one module allowed more (next rule).",
      from: { path: '^src/sync/', pathNot: '^src/sync/room\\.ts$' },
      to: { path: srcExcept('model', 'sync') },
    },
    {
      name: 'sync-room-below-ui',
      severity: 'error',
      comment: 'src/sync/room.ts connects the store to a room: it may use the store and io, never canvas, components or export.',
      from: { path: '^src/sync/room\\.ts$' },
      to: { path: '^src/(?:canvas|components|export)/' },
    },
    {
      name: 'yjs-only-in-sync',
      severity: 'error',
      comment: 'Only src/sync knows Yjs and its providers (binding.ts maps the document; room.ts connects it); the rest of src/ sees maps.',
      from: { path: '^src/', pathNot: '^src/sync/' },
      to: { path: SYNC_PACKAGES },
    },
    {
      name: 'io-below-ui',
      severity: 'error',
      comment:
        'src/io (files, autosave, recovery, clipboard, theme) serves the UI: it may use the store, model and export, never canvas, components, sync or the app shell.',
      from: { path: '^src/io/' },
      to: { path: ['^src/(?:canvas|components|sync)/', '^src/(?:main|App)\\.tsx$'] },
    },
    {
      name: 'canvas-below-components',
      severity: 'error',
      comment: 'src/canvas (React Flow) may use io, the store and model; never components, export, sync or the app shell.',
      from: { path: '^src/canvas/' },
      to: { path: ['^src/(?:components|export|sync)/', '^src/(?:main|App)\\.tsx$'] },
    },
    {
      name: 'nothing-imports-the-shell',
      severity: 'error',
      comment: 'main.tsx starts the app and App.tsx lays it out: no module imports them (main.tsx may import App.tsx).',
      from: { pathNot: '^src/main\\.tsx$' },
      to: { path: '^src/(?:main|App)\\.tsx$' },
    },
    {
      name: 'nothing-imports-the-viewer',
      severity: 'error',
      comment:
        'src/viewer is the interactive page, a shell like main.tsx: it may use anything in src/, and nothing imports it (the editor gets the page as a built bundle, virtual:argmap-viewer).',
      from: { pathNot: '^src/viewer/' },
      to: { path: '^src/viewer/' },
    },
    {
      name: 'src-is-self-contained',
      severity: 'error',
      comment: 'The app never imports the server, the scripts or the tests.',
      from: { path: '^src/' },
      to: { path: '^(?:server|scripts|tests|testkit|cli|bin)/' },
    },
    {
      name: 'server-uses-model-and-sync-core',
      severity: 'error',
      comment:
        "server/ runs in Node: it may import src/model and the sync core (not sync/room.ts, the browser's side), never the store, io, canvas, components or export; nor scripts or tests.",
      from: { path: '^server/' },
      to: { path: [srcExcept('model', 'sync'), '^src/sync/room\\.ts$', '^(?:scripts|tests)/'] },
    },
    {
      name: 'scripts-no-ui',
      severity: 'error',
      comment:
        "scripts/ are Node tools: they may drive the model, store, sync core, server and test helpers, not React code (canvas, components, the shell) or the browser's io.",
      from: { path: '^scripts/' },
      to: { path: ['^src/(?:canvas|components|io)/', '^src/sync/room\\.ts$', '^src/(?:main|App)\\.tsx$'] },
    },
    {
      name: 'command-line-no-ui',
      severity: 'error',
      comment:
        'cli/ and bin/ (the argmap program) and testkit/ (what tests and scripts share) are Node code: like scripts/, no React code or browser io.',
      from: { path: '^(?:cli|bin|testkit)/' },
      to: { path: ['^src/(?:canvas|components|io)/', '^src/sync/room\\.ts$', '^src/(?:main|App)\\.tsx$'] },
    },
    {
      name: 'tools-not-into-tests',
      severity: 'error',
      comment: 'scripts/, cli/, bin/ and testkit/ never reach into tests/: what they share with the tests lives in testkit/.',
      from: { path: '^(?:scripts|cli|bin|testkit)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'app-not-to-dev-deps',
      severity: 'error',
      comment: 'What ships (src/, server/) imports no devDependencies: they are not installed in production.',
      from: { path: '^(?:src|server)/', pathNot: '\\.d\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|dist-server)/' },
    // Type-only imports count: a circle of types is still a circle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
