// The Share controls in a room: the connection badge, the edit and view links with copy
// buttons, and who is here.
import { useState } from 'react';
import { presenceSink, type RoomState } from '../store/room.ts';

/** What the badge says, in the reader's terms: offline, what happens to their changes. */
function statusLabel(room: RoomState): string {
  if (room.status === 'connected') return 'Connected';
  if (room.status === 'connecting') return 'Connecting…';
  return room.access === 'view' ? 'Offline — showing the map as last received' : 'Offline — your changes are kept and will be sent';
}

export function RoomControls({ room, open, setOpen }: { room: RoomState; open: boolean; setOpen(open: boolean): void }) {
  const me = room.people.find((p) => p.clientId === room.selfId);
  return (
    <div className="group share">
      <span className={`room-status is-${room.status}`} role="status" aria-label={`Shared map: ${statusLabel(room)}`}>
        {statusLabel(room)}
        {room.access === 'view' ? ' · view only' : ''}
      </span>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        People ({room.people.length})
      </button>
      {open && (
        <div className="share-panel" role="dialog" aria-label="Share this map">
          {room.links.edit && <LinkRow label="Edit link (anyone with it can change the map)" url={room.links.edit} />}
          {room.links.view && <LinkRow label="View link (sees the live map, cannot change it)" url={room.links.view} />}
          <label className="share-name">
            Your name
            <input defaultValue={me?.name ?? ''} maxLength={40} onChange={(e) => presenceSink.name(e.target.value || 'Guest')} />
          </label>
          <ul className="share-people" aria-label="People in this room">
            {room.people.map((p) => (
              <li key={p.clientId}>
                <span className="swatch" style={{ background: p.color }} />
                {p.name}
                {p.clientId === room.selfId ? ' (you)' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function LinkRow({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link">
      <label>
        {label}
        <input readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
