// Who writes a comment: a name asked once and kept in this browser (localStorage). It is the
// same key a shared room reads for the name shown beside this person's pointer (sync/room.ts),
// so a name given here is the one the room shows, and the other way round.
import { presenceSink } from '../store/room.ts';

export const NAME_KEY = 'argmap:name';
export const MAX_NAME = 40;
/** The name given in this page, for when storage is refused (a private window). */
let given = '';

/** The name kept in this browser, or '' (none yet, or storage refused). */
export function savedAuthorName(): string {
  try {
    return (localStorage.getItem(NAME_KEY) ?? given).trim().slice(0, MAX_NAME);
  } catch {
    return given;
  }
}

/** Keeps the name in this browser and, in a room, shows it to the others at once. */
export function saveAuthorName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  if (!clean) return '';
  given = clean;
  try {
    localStorage.setItem(NAME_KEY, clean);
  } catch {
    // Storage refused: the name lasts as long as this page.
  }
  presenceSink.name(clean);
  return clean;
}
