/*
 * How a submission gets delivered: the one entry to this folder.
 *
 * An element sends its envelope with `postEnvelope` (transport.ts). When that fails in a way worth
 * retrying (offline, a timeout, a server error), `enqueue` keeps it in the outbox on this device
 * (queue.ts, keys.ts) and the delivery loop is fetched (resume.ts): it retries with backoff, from one
 * tab at a time (delivery-loop.ts, over the Outbox of outbox.ts), and tells live elements through
 * `deliveryListeners` (listeners.ts). On every later page with one of our elements,
 * `resumeWaitingDeliveries` fetches the loop only when something still waits, so a page where every
 * send went through never downloads it.
 */
import type { FlushReport } from './outbox.js';
import { loadDelivery } from './resume.js';

export { deliveryListeners, type DeliveryListener } from './listeners.js';
export { enqueue, takeDeliveredNotices, type DeliveredNotice, type OutboxItem } from './queue.js';
export { loadDelivery, resumeWaitingDeliveries } from './resume.js';
export { fieldErrorsOf, postEnvelope, type Problem, type SendResult } from './transport.js';

/**
 * Sends what waits in this device's outbox now: the due items, or all of them with `force`. Fetches the
 * delivery loop first, if this page has not yet.
 */
export async function flushOutbox(force = false): Promise<FlushReport | undefined> {
  const { flushOutbox: flush } = await loadDelivery();
  return flush(force);
}
