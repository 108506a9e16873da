import { closeReason, refusedChange } from '../../src/sync/refusals.ts';
import { checkDocumentSize, checkMessageSize, limitsFromEnv, malformed, rateExceeded } from '../../server/limits.ts';

const reasonOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as { reason: string }).reason;
  }
  throw new Error('not refused');
};

describe('a refused change, as the page recognises it', () => {
  const limits = limitsFromEnv({ ARGMAP_MAX_MESSAGE_BYTES: '30000', ARGMAP_MAX_DOCUMENT_BYTES: '3000000' });

  it('the server’s size refusals are refused changes, shown as the server words them', () => {
    const tooLarge = reasonOf(() => checkMessageSize(limits, 45_000));
    expect(tooLarge).toBe('This change is too large to send (44 kB; the server accepts up to 29 kB at once). It was not saved.');
    expect(refusedChange({ code: 1000, reason: tooLarge })).toBe(tooLarge);
    const full = reasonOf(() => checkDocumentSize(limits, 3_000_000, 10));
    expect(full).toBe("This map has reached the server's size limit (2.9 MB). It was not saved.");
    expect(refusedChange({ code: 1000, reason: full })).toBe(full);
  });

  it('a frame cut by the WebSocket layer (1009, no reason) is one too', () => {
    expect(refusedChange({ code: 1009, reason: '' })).toMatch(/too large for the server to accept\. It was not saved\.$/);
  });

  it('other closes are not: the page reconnects and sends its changes again', () => {
    expect(refusedChange({ code: 1000, reason: rateExceeded(limits).reason })).toBe(null);
    expect(refusedChange({ code: 1000, reason: malformed().reason })).toBe(null);
    expect(refusedChange({ code: 1006, reason: '' })).toBe(null);
    expect(refusedChange({ code: 1000, reason: 'provider_initiated' })).toBe(null);
  });
});

describe('a closed connection, as the page tells it', () => {
  it('the server’s own sentences are told; the library’s words (a stop, a restart, a timeout) are left to the badge', () => {
    const limits = limitsFromEnv({});
    expect(closeReason({ code: 4429, reason: rateExceeded(limits).reason })).toBe(rateExceeded(limits).reason);
    for (const reason of ['Reset Connection', 'forced', 'Connection Timeout', '', undefined])
      expect(closeReason({ code: 4205, reason })).toBe(null);
  });
});
