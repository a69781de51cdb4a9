import type { Envelope } from '../../src/core/envelope.js';
import { OUTBOX_KEY } from '../../src/core/delivery/keys.js';
import type { OutboxItem } from '../../src/core/delivery/queue.js';

/** What an earlier visit left in this browser's outbox: one submission, queued a minute ago, not yet due. */
export function leaveWaiting(envelope: Envelope, endpoint: string, attempts = 1): void {
  const waiting: OutboxItem = {
    envelope,
    endpoint,
    attempts,
    queuedAt: Date.now() - 60_000,
    nextAttemptAt: Date.now() + 60_000,
  };
  localStorage.setItem(OUTBOX_KEY, JSON.stringify([waiting]));
}
