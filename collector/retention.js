/**
 * RETENTION_DAYS: submissions older than that many days are erased, at start and then once a day, as
 * the privacy notice promises. Each run that erases something is in the erasure log (when and how many,
 * nothing else), like an erasure by hand; the bare idempotency keys stay (see storage/index.js).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Erases what is older than `days` now; returns how many.
 * @param {import('./storage/index.js').Storage} storage
 * @param {number} days
 * @param {{ info: (object: object, message: string) => void }} log
 * @param {number} [now]
 */
export async function applyRetention(storage, days, log, now = Date.now()) {
  const cutoff = new Date(now - days * DAY_MS).toISOString();
  const count = await storage.eraseOlderThan(cutoff);
  log.info({ count, retentionDays: days }, 'retention: erased submissions received before the cutoff');
  return count;
}

/**
 * Runs `applyRetention` now and then every day, until `stop()`.
 * @param {import('./storage/index.js').Storage} storage
 * @param {number} days  0: nothing is done
 * @param {{ info: (object: object, message: string) => void, error: (object: object, message: string) => void }} log
 */
export async function scheduleRetention(storage, days, log) {
  if (!days) return { stop() {} };
  const run = () =>
    applyRetention(storage, days, log).catch((error) => log.error({ err: error }, 'retention run failed; tried again tomorrow'));
  await run();
  const timer = setInterval(run, DAY_MS);
  timer.unref(); // never keeps the process alive on its own
  return { stop: () => clearInterval(timer) };
}
