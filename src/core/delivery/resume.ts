import { OUTBOX_KEY } from './keys.js';

/*
 * The door to the delivery loop (`delivery-loop.ts`: retries, backoff, the one-tab lock), which is a chunk of
 * its own in the CDN build. A page fetches it only when a submission waits in the outbox: one found on
 * page load (the contract wants every page with one of our elements to retry it), or one just queued.
 * A page where every send went through never downloads it.
 */

let delivery: Promise<typeof import('./delivery-loop.js')> | undefined;

/**
 * The delivery loop, fetched once. Offline, fetching the chunk itself can fail: then it is fetched again
 * when the browser is back online, which is when there is any point in retrying.
 */
export function loadDelivery(): Promise<typeof import('./delivery-loop.js')> {
  delivery ??= import('./delivery-loop.js').catch((error: unknown) => {
    delivery = undefined;
    addEventListener('online', () => void loadDelivery().then(({ resumeDeliveries }) => resumeDeliveries()), {
      once: true,
    });
    throw error;
  });
  return delivery;
}

let checked = false;

/** On page load, once: starts the delivery loop when an earlier visit left something in the outbox. */
export function resumeWaitingDeliveries(): void {
  if (checked) return;
  checked = true;
  let waiting: string | null = null;
  try {
    waiting = localStorage.getItem(OUTBOX_KEY);
  } catch {
    // Storage refused: nothing can have been queued in it either.
  }
  if (waiting) void loadDelivery().then(({ resumeDeliveries }) => resumeDeliveries(), () => undefined);
}
