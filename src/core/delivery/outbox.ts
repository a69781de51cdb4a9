import { kindOf, type Envelope } from '../envelope.js';
import { DELIVERED_KEY, OUTBOX_KEY } from './keys.js';
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  enqueue,
  queuedItems,
  takeDeliveredNotices,
  writeList,
  type DeliveredNotice,
  type OutboxItem,
} from './queue.js';
import { readJson, type KeyValueStore } from '../storage.js';
import type { SendResult } from './transport.js';

export { FIRST_RETRY_MS, MAX_RETRY_MS, type DeliveredNotice, type OutboxItem } from './queue.js';
export { DELIVERED_KEY, LEASE_KEY, OUTBOX_KEY } from './keys.js';

export const MAX_AGE_MS = 30 * 24 * 60 * 60_000;

/** About 2 s doubling to 5 min, ±20 % so that many devices coming back online do not retry in step. */
export function retryDelay(attempts: number, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_RETRY_MS);
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface OutboxDeps {
  store: KeyValueStore;
  send: (endpoint: string, envelope: Envelope) => Promise<SendResult>;
  now: () => number;
  random: () => number;
}

export interface FlushReport {
  delivered: Array<{ item: OutboxItem; response: unknown }>;
  rejected: Array<{ item: OutboxItem; result: Extract<SendResult, { outcome: 'rejected' }> }>;
  stillWaiting: number;
}

/**
 * The queue of submissions that could not be sent yet. Plain logic over a key-value store, so that it
 * can be tested with a fake clock; `delivery-loop.ts` wires it to the browser (timers, `online`, locks).
 */
export class Outbox {
  constructor(private readonly deps: OutboxDeps) {}

  items(): OutboxItem[] {
    return queuedItems(this.deps.store);
  }

  /** Adds a submission whose first attempt failed with `result`. */
  enqueue(endpoint: string, envelope: Envelope, result: SendResult): OutboxItem {
    return enqueue(this.deps.store, endpoint, envelope, result, this.deps.now());
  }

  /** When the next waiting item is due, or undefined when nothing waits. */
  nextDueAt(): number | undefined {
    const times = this.items().map((item) => item.nextAttemptAt);
    return times.length ? Math.min(...times) : undefined;
  }

  /**
   * Tries every item that is due (every item, with `force`: the network just came back). An item leaves
   * only on a 2xx or a refusal that no retry can change; items older than 30 days are dropped.
   */
  async flush(force = false): Promise<FlushReport> {
    const report: FlushReport = { delivered: [], rejected: [], stillWaiting: 0 };
    this.dropExpired();
    for (const item of this.items()) {
      if (!force && item.nextAttemptAt > this.deps.now()) continue;
      const result = await this.deps.send(item.endpoint, item.envelope);
      if (result.outcome === 'delivered') {
        this.removeItem(item.envelope.id);
        this.noteDelivered(item);
        report.delivered.push({ item, response: result.response });
      } else if (result.outcome === 'rejected') {
        this.removeItem(item.envelope.id);
        report.rejected.push({ item, result });
      } else {
        const attempts = item.attempts + 1;
        this.updateItem(item.envelope.id, {
          attempts,
          nextAttemptAt: this.deps.now() + retryDelay(attempts, this.deps.random, result.retryAfterMs),
        });
      }
    }
    report.stillWaiting = this.items().length;
    return report;
  }

  /** Deliveries of `kind` that no element has told the person about yet; reading them clears them. */
  takeDeliveredNotices(kind: string): DeliveredNotice[] {
    return takeDeliveredNotices(this.deps.store, kind);
  }

  private noteDelivered(item: OutboxItem): void {
    const notices = readJson<DeliveredNotice[]>(this.deps.store, DELIVERED_KEY, []);
    notices.push({ id: item.envelope.id, kind: kindOf(item.envelope), deliveredAt: this.deps.now() });
    this.writeNotices(notices);
  }

  /** Clears a notice once a live element has shown it, so the next page load does not repeat it. */
  forgetNotice(id: string): void {
    const notices = readJson<DeliveredNotice[]>(this.deps.store, DELIVERED_KEY, []);
    this.writeNotices(notices.filter((notice) => notice.id !== id));
  }

  private dropExpired(): void {
    const now = this.deps.now();
    const items = this.items();
    const fresh = items.filter((item) => now - item.queuedAt <= MAX_AGE_MS);
    if (fresh.length === items.length) return;
    console.warn(
      `vertaistuki-widgets: dropped ${items.length - fresh.length} submission(s) that could not be sent in 30 days.`,
    );
    this.write(fresh);
  }

  // Each change re-reads the stored list, so an item queued meanwhile by another element is kept.
  private removeItem(id: string): void {
    this.write(this.items().filter((item) => item.envelope.id !== id));
  }

  private updateItem(id: string, change: Partial<OutboxItem>): void {
    this.write(this.items().map((item) => (item.envelope.id === id ? { ...item, ...change } : item)));
  }

  private write(items: OutboxItem[]): void {
    writeList(this.deps.store, OUTBOX_KEY, items);
  }

  private writeNotices(notices: DeliveredNotice[]): void {
    writeList(this.deps.store, DELIVERED_KEY, notices);
  }
}
