import type { Envelope } from '../envelope.js';
import { DELIVERED_KEY, OUTBOX_KEY } from './keys.js';
import { readJson, type KeyValueStore } from '../storage.js';
import type { SendResult } from './transport.js';

/*
 * The part of the outbox every sending element carries: putting a submission in it, counting what waits
 * and reading the notices of later deliveries. Sending what waits (`outbox.ts`, `delivery-loop.ts`) is a chunk
 * of its own, fetched only once something waits (`resume.ts`).
 */

/** One submission waiting on this device, stored as it will be sent. */
export interface OutboxItem {
  envelope: Envelope;
  endpoint: string;
  /** Attempts made so far, the first (failed) send included. */
  attempts: number;
  queuedAt: number;
  nextAttemptAt: number;
}

/** A submission that left the outbox because the endpoint accepted it. */
export interface DeliveredNotice {
  id: string;
  kind: string;
  deliveredAt: number;
}

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;

/** What waits in the store; anything unreadable counts as nothing. */
export function queuedItems(store: KeyValueStore): OutboxItem[] {
  const items = readJson<unknown>(store, OUTBOX_KEY, []);
  return Array.isArray(items) ? (items as OutboxItem[]) : [];
}

/** Writes a list under `key`, or removes the key when the list is empty. */
export function writeList(store: KeyValueStore, key: string, list: unknown[]): void {
  if (list.length) store.set(key, JSON.stringify(list));
  else store.remove(key);
}

/**
 * Adds a submission whose first attempt failed with `result` (replacing an item with its id). The first
 * retry comes after 2 s or the endpoint's `Retry-After`; the backoff with jitter after that is the
 * delivery loop's (`retryDelay` in outbox.ts).
 */
export function enqueue(store: KeyValueStore, endpoint: string, envelope: Envelope, result: SendResult, now: number): OutboxItem {
  const retryAfterMs = result.outcome === 'retry' ? result.retryAfterMs : undefined;
  const item: OutboxItem = {
    envelope,
    endpoint,
    attempts: 1,
    queuedAt: now,
    nextAttemptAt: now + Math.min(retryAfterMs ?? FIRST_RETRY_MS, MAX_RETRY_MS),
  };
  writeList(store, OUTBOX_KEY, [...queuedItems(store).filter((other) => other.envelope.id !== envelope.id), item]);
  return item;
}

/** Deliveries of `kind` that no element has told the person about yet; reading them clears them. */
export function takeDeliveredNotices(store: KeyValueStore, kind: string): DeliveredNotice[] {
  const notices = readJson<DeliveredNotice[]>(store, DELIVERED_KEY, []);
  const taken = notices.filter((notice) => notice.kind === kind);
  if (taken.length) writeList(store, DELIVERED_KEY, notices.filter((notice) => notice.kind !== kind));
  return taken;
}
