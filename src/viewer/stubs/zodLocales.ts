// The page reads a map the exporter wrote: it keeps zod's checks but not its English messages
// (the editor's repairs quote them; a page has nobody to show a repair to). See vite.viewer.config.ts.
export const en = () => ({});
