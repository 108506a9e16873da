import { accessFor, hashSecret, isRoomId, newRoomSecrets, originAllowed } from '../../server/auth.ts';
import { checkDocumentSize, checkMessageSize, limitsFromEnv, RateLimiter } from '../../server/limits.ts';

describe('room secrets', () => {
  it('room ids carry 128 random bits, secrets 256, all different', () => {
    const a = newRoomSecrets();
    const b = newRoomSecrets();
    expect(Buffer.from(a.room, 'base64url')).toHaveLength(16);
    expect(Buffer.from(a.edit, 'base64url')).toHaveLength(32);
    expect(isRoomId(a.room)).toBe(true);
    expect(isRoomId('../etc/passwd')).toBe(false);
    expect(new Set([a.room, a.edit, a.view, b.room, b.edit, b.view]).size).toBe(6);
  });

  it('the edit secret grants edit, the view secret view, anything else nothing', () => {
    const s = newRoomSecrets();
    const hashes = { editHash: hashSecret(s.edit), viewHash: hashSecret(s.view) };
    expect(accessFor(s.edit, hashes)).toBe('edit');
    expect(accessFor(s.view, hashes)).toBe('view');
    expect(accessFor('', hashes)).toBe(null);
    expect(accessFor(`${s.edit}x`, hashes)).toBe(null);
  });

  it('only the own origin connects unless others are allowed', () => {
    expect(originAllowed('http://127.0.0.1:8787', '127.0.0.1:8787', [])).toBe(true);
    expect(originAllowed('http://evil.example', '127.0.0.1:8787', [])).toBe(false);
    expect(originAllowed(undefined, '127.0.0.1:8787', [])).toBe(false);
    expect(originAllowed('not a url', '127.0.0.1:8787', [])).toBe(false);
    expect(originAllowed('https://maps.school.example', '10.0.0.2:8787', ['https://maps.school.example'])).toBe(true);
  });
});

describe('limits', () => {
  const limits = limitsFromEnv({ ARGMAP_MAX_MESSAGE_BYTES: '1000', ARGMAP_MAX_DOCUMENT_BYTES: 'nonsense' });

  it('reads numbers from the environment and falls back to defaults', () => {
    expect(limits.maxMessageBytes).toBe(1000);
    expect(limits.maxDocumentBytes).toBe(16 * 1024 * 1024);
  });

  it('refuses with a message that says what the limit is', () => {
    expect(() => checkMessageSize(limits, 1000)).not.toThrow();
    expect(() => checkMessageSize(limits, 1001)).toThrow(/too large to send/);
    expect(() => checkDocumentSize(limits, limits.maxDocumentBytes - 10, 11)).toThrow(/size limit \(16 MB\)/);
  });

  it('a token bucket: a burst, then the average rate', () => {
    let now = 0;
    const rate = new RateLimiter(10, 3, () => now);
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
    now += 100; // one more token after 1/10 s
    expect([rate.take(), rate.take()]).toEqual([true, false]);
  });
});
