// Only the parts of @argdown/core that reading Argdown needs. The package's entry point also
// loads its HTML, SVG (Graphviz as WebAssembly) and syntax-highlighting exporters, which made
// the import worker ~800 kB gzip; the package exports no subpaths, so the files are named by path.
export { ArgdownApplication } from '../../../node_modules/@argdown/core/dist/ArgdownApplication.js';
export { ParserPlugin } from '../../../node_modules/@argdown/core/dist/plugins/ParserPlugin.js';
export { ModelPlugin } from '../../../node_modules/@argdown/core/dist/plugins/ModelPlugin.js';
export { DataPlugin } from '../../../node_modules/@argdown/core/dist/plugins/DataPlugin.js';
