// The parts of @argdown/core that reading Argdown needs, named, so the bundler can leave out
// most of the rest (argdown.ts loads this module with import(), in the import worker): a
// whole-package import('@argdown/core') also keeps its HTML, Graphviz and highlighting
// exporters. From the package's entry point, the only path its exports map offers for code.
export { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
