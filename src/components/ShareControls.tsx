// Share: puts the map in a room on the Argmap server (loaded on first use), then shows the
// connection badge, the edit and view links with copy buttons, and who is here (RoomControls.tsx,
// loaded with the room).
import { memo, useState } from 'react';
import { useEditor } from '../store/store.ts';
import { lazyPanel } from './lazyView.tsx';

const RoomControls = lazyPanel(() => import('./RoomControls.tsx'), 'RoomControls', 'the room controls', null);

export const ShareControls = memo(function ShareControls() {
  const room = useEditor((s) => s.room);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const share = async () => {
    setBusy(true);
    try {
      const [{ shareCurrentMap }] = await Promise.all([import('../sync/room.ts'), RoomControls.preload()]);
      await shareCurrentMap();
      setOpen(true);
    } finally {
      setBusy(false);
    }
  };

  if (!room)
    return (
      <div className="group">
        <button
          type="button"
          onClick={() => void share()}
          disabled={busy}
          title="Work on this map together: put it in a room on the Argmap server and get links"
        >
          {busy ? 'Sharing…' : 'Share…'}
        </button>
      </div>
    );

  return <RoomControls room={room} open={open} setOpen={setOpen} />;
});
