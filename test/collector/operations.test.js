// What a load balancer and a privacy notice need: /healthz and /readyz, and RETENTION_DAYS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signup, startTestCollector } from './helpers.js';

test('/healthz says the process is up; /readyz whether the database answers', async (t) => {
  const collector = await startTestCollector(t);
  assert.deepEqual(await (await fetch(`${collector.url}/healthz`)).json(), { ok: true });
  const ready = await fetch(`${collector.url}/readyz`);
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { ok: true });
  await collector.storage.close(); // the database goes away
  const gone = await fetch(`${collector.url}/readyz`);
  assert.equal(gone.status, 503);
  assert.match(gone.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal((await fetch(`${collector.url}/healthz`)).status, 200, 'the process itself is still up');
});

test('RETENTION_DAYS erases older submissions at start and logs how many, nothing else', async (t) => {
  const first = await startTestCollector(t);
  const old = signup({ email: 'vanha@example.fi' });
  const recent = signup({ email: 'tuore@example.fi' });
  const days = (/** @type {number} */ n) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();
  for (const [envelope, receivedAt] of [[old, days(40)], [recent, days(5)]]) {
    const saved = await first.storage.save(
      { id: envelope.id, fingerprint: 'f', kind: 'signup', envelope, origin: null, receivedAt },
      { status: 201, body: { id: envelope.id, receivedAt } },
    );
    assert.equal(saved.outcome, 'created');
  }
  await first.app.close();
  const reopen = first.config.databaseUrl ? { DATABASE_URL: first.config.databaseUrl } : { DATABASE_FILE: first.config.databaseFile };
  const second = await startTestCollector(t, { ...reopen, RETENTION_DAYS: '30' });
  assert.ok(second.lines.some((line) => /older than 30 days are erased/.test(line)));
  const left = await second.sql('SELECT id FROM submissions');
  assert.deepEqual(left.map((row) => row.id), [recent.id]);
  const log = await second.sql('SELECT * FROM erasure_log');
  assert.equal(log.length, 1);
  assert.equal(log[0].count, 1);
  // A copy of the erased signup still waiting in someone's outbox is not stored again.
  const late = await second.post(old);
  assert.equal(late.status, 201);
  assert.equal((await second.one('SELECT count(*) AS n FROM submissions')).n, 1);
});

test('RETENTION_DAYS must be a whole number of days', async () => {
  const { loadConfig } = await import('../../collector/config.js');
  assert.equal(loadConfig({}).retentionDays, 0);
  assert.equal(loadConfig({ RETENTION_DAYS: '365' }).retentionDays, 365);
  assert.throws(() => loadConfig({ RETENTION_DAYS: 'vuosi' }), /RETENTION_DAYS must be a whole number/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must be a postgres:\/\/ URL/);
});
