// Two collector processes on one PostgreSQL database, as behind a load balancer, and one of them dies.
// Signups for one group, three times its seats, go to both at once, each also replayed to the other
// process with the same Idempotency-Key. One process is killed with SIGKILL mid-burst; its clients send
// again to the other, as the elements' outbox does. Then: every acknowledged signup is stored exactly
// once, every copy of one signup got the same answer, and the group is not overbooked.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PARTNER, TOKEN, signup } from './helpers.js';
import { freshDatabase, postgresUnavailable, startPostgres } from './postgres-server.js';

const SERVER = fileURLToPath(new URL('../../collector/server.js', import.meta.url));
const SEATS = 10;
const SIGNUPS = 3 * SEATS;
const unavailable = await postgresUnavailable();

/** @type {Awaited<ReturnType<typeof startPostgres>>} */
let server;
before(async () => {
  if (!unavailable) server = await startPostgres();
});
after(() => server?.stop());

/**
 * Starts `node collector/server.js` on a free port; resolves with its URL once it listens.
 * @param {Record<string, string>} env
 */
function startProcess(env) {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Collector listening on (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}): ${output}`)));
  });
  return { child, url: /** @type {Promise<string>} */ (url) };
}

/**
 * Sends like the outbox: to the first URL, and on a network error or 5xx to the next, until a 2xx.
 * @param {string[]} urls  in the order to try
 * @param {Record<string, any>} envelope
 */
async function deliver(urls, envelope) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const url = urls[Math.min(attempt, urls.length - 1)];
    try {
      const response = await fetch(`${url}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id, Origin: PARTNER },
        body: JSON.stringify(envelope),
      });
      const body = await response.json();
      if (response.ok) return body;
      assert.ok(response.status >= 500 || response.status === 429, `${response.status} ${JSON.stringify(body)}`);
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      // The process is gone (connection refused or reset): the outbox tries again.
    }
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
  }
  throw new Error(`${envelope.id} was never acknowledged`);
}

test('two processes, one killed mid-burst: each signup stored once, replays get the first answer, no overbooking', { skip: unavailable, timeout: 120_000 }, async (t) => {
  const database = await freshDatabase(server.url);
  const dir = await mkdtemp(join(tmpdir(), 'vt-processes-'));
  /** @type {Array<() => unknown>} cleanups, run last first */
  const cleanups = [() => database.drop(), () => rm(dir, { recursive: true, force: true })];
  t.after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const groupsFile = join(dir, 'groups.json');
  await writeFile(groupsFile, JSON.stringify([{ value: 'pori', name: 'Pori', capacity: SEATS }]));
  const env = {
    DATABASE_URL: database.url,
    GROUPS_FILE: groupsFile,
    ADMIN_TOKEN: TOKEN,
    ALLOWED_ORIGINS: PARTNER,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '0',
  };
  const doomed = startProcess(env);
  const survivor = startProcess(env);
  cleanups.push(() => {
    doomed.child.kill('SIGKILL');
    survivor.child.kill('SIGKILL');
  });
  const [a, b] = await Promise.all([doomed.url, survivor.url]);

  const envelopes = Array.from({ length: SIGNUPS }, (_, i) => signup({ email: `henkilo${i}@example.fi` }));
  /** @type {Map<string, Array<Record<string, unknown>>>} every answer each signup got */
  const answers = new Map(envelopes.map((envelope) => [envelope.id, []]));
  let acknowledged = 0;
  const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // In waves over about a quarter of a second, so that the kill lands in the middle of it.
  const burst = envelopes.flatMap((envelope, i) => {
    const first = i % 2 ? [a, b] : [b, a];
    const record = (/** @type {Record<string, unknown>} */ body) => {
      answers.get(envelope.id)?.push(body);
      acknowledged += 1;
    };
    // The signup and its replay, on the two processes at once, each falling back to the other.
    const delay = pause(Math.floor(i / 6) * 60); // waves of six signups at once
    return [
      delay.then(() => deliver(first, envelope)).then(record),
      delay.then(() => deliver([...first].reverse(), envelope)).then(record),
    ];
  });
  // SIGKILL one process as soon as a few answers are in: the burst is still running on both.
  while (acknowledged < 6) await pause(2);
  doomed.child.kill('SIGKILL');
  const atKill = acknowledged;
  await Promise.all(burst);
  t.diagnostic(`killed after ${atKill} of ${burst.length} acknowledgements`);
  assert.ok(atKill < burst.length / 2, 'the kill came mid-burst');

  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  cleanups.push(() => client.end());
  const { rows } = await client.query('SELECT id, waiting_list, data::text AS data FROM submissions');
  const stored = new Map(rows.map((row) => [row.id, row]));
  assert.equal(rows.length, SIGNUPS, 'each signup stored exactly once');
  for (const envelope of envelopes) {
    const got = /** @type {Array<Record<string, unknown>>} */ (answers.get(envelope.id));
    assert.equal(got.length, 2);
    assert.deepEqual(got[0], got[1], 'the replay got the first answer');
    const row = stored.get(envelope.id);
    assert.ok(row, `${envelope.id} acknowledged and stored`);
    assert.equal(row.waiting_list, got[0].waitingList === true, 'the answer says what was stored');
    assert.equal(JSON.parse(row.data).name, envelope.data.name);
  }
  assert.equal(rows.filter((row) => !row.waiting_list).length, SEATS, 'the seats filled, never more');
  assert.equal(rows.filter((row) => row.waiting_list).length, SIGNUPS - SEATS);

  // The survivor still serves, and says it is ready.
  assert.equal((await fetch(`${b}/readyz`)).status, 200);
  const groups = await (await fetch(`${b}/api/groups`)).json();
  assert.equal(groups[0].seatsLeft, 0);
});
