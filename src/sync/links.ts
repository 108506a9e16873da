// Room links, without Yjs (the editor's first load reads them): `?room=ID#edit=SECRET` or
// `#view=SECRET`. The secret stays in the fragment, which browsers never send to a server.
export interface RoomLink {
  room: string;
  access: 'edit' | 'view';
  secret: string;
}

export function roomLinkFrom(location: Pick<Location, 'search' | 'hash'>): RoomLink | null {
  const room = new URLSearchParams(location.search).get('room');
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const edit = hash.get('edit');
  const view = hash.get('view');
  if (!room || !(edit || view)) return null;
  return edit ? { room, access: 'edit', secret: edit } : { room, access: 'view', secret: view! };
}

export function roomUrl(room: string, access: 'edit' | 'view', secret: string): string {
  return `${location.origin}${location.pathname}?room=${encodeURIComponent(room)}#${access}=${encodeURIComponent(secret)}`;
}
