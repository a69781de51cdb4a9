import { kindOf } from '../envelope.js';
import { Outbox, LEASE_KEY, type FlushReport } from './outbox.js';
import { deviceStorage, readJson } from '../storage.js';
import { deliveryListeners as listeners } from './listeners.js';
import { postEnvelope } from './transport.js';

let outbox: Outbox | undefined;
let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<FlushReport | undefined> | undefined;
let runAgain: boolean | undefined;

/** The page's outbox, on device storage and the real network. */
export function sharedOutbox(): Outbox {
  outbox ??= new Outbox({ store: deviceStorage(), send: postEnvelope, now: Date.now, random: Math.random });
  return outbox;
}

/**
 * Starts the retry loop once per page: it retries what waits in the outbox on this page load, when the
 * browser comes back online, when the tab becomes visible again, and on the backoff timer in between.
 * `queuedNow`: it starts because a send just failed, so the first retry waits for its backoff instead.
 */
export function resumeDeliveries(queuedNow = false): void {
  if (started) return void scheduleRetry();
  started = true;
  window.addEventListener('online', () => void flushOutbox(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flushOutbox(true);
  });
  if (queuedNow) scheduleRetry();
  else setTimeout(() => void flushOutbox(true));
}

/** Sets the timer for the next item that falls due. */
export function scheduleRetry(): void {
  clearTimeout(timer);
  const dueAt = sharedOutbox().nextDueAt();
  if (dueAt === undefined) return;
  const wait = Math.min(Math.max(0, dueAt - Date.now()), 2 ** 31 - 1);
  timer = setTimeout(() => void flushOutbox(false), wait);
}

/**
 * Sends what waits in the outbox: the due items, or all of them with `force`. Only one tab of the
 * origin flushes at a time; a call made while a flush runs is folded into one more run after it.
 */
export function flushOutbox(force = false): Promise<FlushReport | undefined> {
  if (running) {
    runAgain = (runAgain ?? false) || force;
    return running;
  }
  running = withFlushLock(() => sharedOutbox().flush(force))
    .then((report) => {
      if (report) tell(report);
      return report;
    })
    .finally(() => {
      running = undefined;
      const again = runAgain;
      runAgain = undefined;
      if (again !== undefined) void flushOutbox(again);
      else scheduleRetry();
    });
  return running;
}

function tell(report: FlushReport): void {
  for (const { item, response } of report.delivered) {
    const live = [...listeners].filter((listener) => listener.kind === kindOf(item.envelope));
    // A live element tells the person now; otherwise the notice waits for the next page load.
    if (live.length) sharedOutbox().forgetNotice(item.envelope.id);
    for (const listener of live) listener.deliveredLater(item.envelope, response);
  }
  for (const { item, result } of report.rejected) {
    for (const listener of listeners) {
      if (listener.kind === kindOf(item.envelope)) listener.refused(item.envelope, result);
    }
  }
}

const LEASE_MS = 30_000;

async function withFlushLock<T>(flush: () => Promise<T>): Promise<T | undefined> {
  if (navigator.locks?.request) {
    return navigator.locks.request('vertaistuki-outbox', { ifAvailable: true }, (lock) =>
      lock ? flush() : undefined,
    );
  }
  // Without Web Locks: a short lease in storage, taken only when no other tab holds a live one.
  const store = deviceStorage();
  const owner = Math.random().toString(36).slice(2);
  const lease = readJson<{ owner: string; until: number } | null>(store, LEASE_KEY, null);
  if (lease && lease.until > Date.now()) return undefined;
  store.set(LEASE_KEY, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
  if (readJson<{ owner: string } | null>(store, LEASE_KEY, null)?.owner !== owner) return undefined;
  try {
    return await flush();
  } finally {
    store.remove(LEASE_KEY);
  }
}
