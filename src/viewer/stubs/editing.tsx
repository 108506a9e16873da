// What the page leaves out of the editor's view (see PAGE_MODULES in vite.viewer.config.ts):
// controls that only edit, and the presence of other people in a room. A page never edits and
// has nobody else in it, so these draw nothing; each keeps the export it stands in for.
export type EditEnd = 'key' | 'blur';
export const InlineTextEditor = (_props: object) => null;
export const ConnectField = (_props: object) => null;
export const AddChildToolbar = (_props: object) => null;
export const Presence = () => null;
