import { OUTBOX_KEY } from './outbox-keys.js';

let checked = false;

/**
 * For elements that never send anything themselves (`<vt-config>`, the timer): the contract wants every
 * page with one of our elements to retry what an earlier visit left in the outbox, but a page with
 * nothing waiting should not download the delivery code for it. So this looks first, and fetches the
 * delivery loop (its own small chunk in the CDN build) only when something waits.
 */
export function resumeWaitingDeliveries(): void {
  if (checked) return;
  checked = true;
  let waiting: string | null = null;
  try {
    waiting = localStorage.getItem(OUTBOX_KEY);
  } catch {
    // Storage refused: nothing can have been queued in it either.
  }
  if (waiting) void import('./delivery.js').then(({ resumeDeliveries }) => resumeDeliveries());
}
