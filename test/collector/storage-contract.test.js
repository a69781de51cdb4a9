// The guarantees of collector/storage/index.js, checked the same way on both implementations: SQLite
// (a real file) and PostgreSQL (a throwaway server; skipped, with the reason, where none can run).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openSqliteStorage } from '../../collector/storage/sqlite.js';
import { signup, survey } from './helpers.js';
import { freshDatabase, postgresUnavailable, startPostgres } from './postgres-server.js';

const unavailable = await postgresUnavailable();
/** @type {Awaited<ReturnType<typeof startPostgres>> | undefined} */
let server;

/** @typedef {import('../../collector/storage/index.js').Storage} Storage */

const BACKENDS = {
  /** @param {import('node:test').TestContext} t @returns {Promise<Storage>} */
  async sqlite(t) {
    const dir = await mkdtemp(join(tmpdir(), 'vt-contract-'));
    const storage = openSqliteStorage(join(dir, 'vertaistuki.db'));
    t.after(async () => {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    });
    return storage;
  },
  /** @param {import('node:test').TestContext} t @returns {Promise<Storage>} */
  async postgres(t) {
    const { openPostgresStorage } = await import('../../collector/storage/postgres.js');
    const database = await freshDatabase(/** @type {NonNullable<typeof server>} */ (server).url);
    const storage = await openPostgresStorage(database.url);
    t.after(async () => {
      await storage.close();
      await database.drop();
    });
    return storage;
  },
};

/** @param {Record<string, any>} envelope @param {Partial<import('../../collector/storage/index.js').NewSubmission>} [change] */
const submission = (envelope, change = {}) => ({
  id: envelope.id,
  fingerprint: `f-${envelope.id}`,
  kind: /** @type {const} */ (envelope.schema === 'vt.signup/1' ? 'signup' : 'survey'),
  envelope,
  origin: 'https://partner.example',
  receivedAt: new Date().toISOString(),
  ...change,
});
const answer = (/** @type {string} */ id) => ({ status: 201, body: { id } });

for (const [name, open] of Object.entries(BACKENDS)) {
  const skip = name === 'postgres' ? unavailable : undefined;
  describe(`storage on ${name}`, { skip }, () => {
    if (name === 'postgres' && !skip) {
      before(async () => {
        server = await startPostgres();
      });
      after(() => server?.stop());
    }

    test('save stores once; the same key again replays the first answer; another envelope with it is refused', async (t) => {
      const storage = await open(t);
      const sent = signup();
      assert.equal((await storage.save(submission(sent), answer(sent.id))).outcome, 'created');
      const again = await storage.save(submission(sent), { status: 201, body: { id: 'other' } });
      assert.deepEqual(again, { outcome: 'replayed', answer: answer(sent.id) });
      const reused = await storage.save(submission(sent, { fingerprint: 'different' }), answer(sent.id));
      assert.equal(reused.outcome, 'key-reused');
      const [stored] = await storage.list();
      assert.deepEqual(stored.data, sent.data);
      assert.equal(stored.kind, 'signup');
      assert.equal(typeof stored.seq, 'number');
      assert.equal(await storage.count(), 1);
      await storage.ready();
    });

    test('the data comes back exactly as stored: key order, unicode, big safe integers', async (t) => {
      const storage = await open(t);
      const sent = survey({ z: 1, a: 9007199254740991, 'ä ö': 'rivi\nrivi \u0000 \ud83d', nested: { b: 1, a: 2 } });
      await storage.save(submission(sent), answer(sent.id));
      const [stored] = await storage.list();
      assert.equal(JSON.stringify(stored.data), JSON.stringify(sent.data));
    });

    test('concurrent copies of one envelope: one row, every copy gets the first answer', async (t) => {
      const storage = await open(t);
      const sent = signup();
      const results = await Promise.all(Array.from({ length: 20 }, () => storage.save(submission(sent), answer(sent.id))));
      assert.equal(results.filter((result) => result.outcome === 'created').length, 1);
      assert.ok(results.every((result) => result.answer.body.id === sent.id));
      assert.equal(await storage.count(), 1);
    });

    test('concurrent signups for the last seats: never more seated than the limit, the rest wait', async (t) => {
      const storage = await open(t);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => {
          const sent = signup({ email: `h${i}@example.fi` });
          return storage.save(submission(sent, { seatLimit: 3 }), answer(sent.id));
        }),
      );
      assert.equal(results.filter((result) => result.answer.body.waitingList === true).length, 27);
      assert.deepEqual((await storage.signupCounts()).get('pori'), { seats: 3, waiting: 27 });
    });

    test('lists filter and page in the database, newest first with a limit', async (t) => {
      const storage = await open(t);
      for (let i = 0; i < 5; i += 1) {
        const sent = survey({ n: i }, { surveyId: i % 2 ? 'b' : 'a', session: i + 1 });
        await storage.save(submission(sent), answer(sent.id));
      }
      const all = await storage.list({ kind: 'survey' });
      assert.deepEqual(all.map((s) => s.data.answers.n), [0, 1, 2, 3, 4]);
      const page = await storage.list({ kind: 'survey', limit: 2 });
      assert.deepEqual(page.map((s) => s.data.answers.n), [4, 3]);
      const next = await storage.list({ kind: 'survey', limit: 2, before: page[1].seq });
      assert.deepEqual(next.map((s) => s.data.answers.n), [2, 1]);
      assert.equal(await storage.count({ kind: 'survey', surveyId: 'a' }), 3);
      assert.deepEqual((await storage.list({ surveyId: 'a', session: 3 })).map((s) => s.data.answers.n), [2]);
      assert.deepEqual(await storage.countByKind(), { signup: 0, survey: 5, reflection: 0 });
      assert.deepEqual((await storage.surveys()).map((s) => [s.surveyId, s.count]), [['a', 3], ['b', 2]]);
    });

    test('erasure removes the rows, keeps the bare key, and logs only when and how many', async (t) => {
      const storage = await open(t);
      const sent = signup({ email: 'Poistettava@Example.fi' });
      const kept = signup({ email: 'jaa@example.fi' });
      for (const envelope of [sent, kept]) await storage.save(submission(envelope), answer(envelope.id));
      const found = await storage.findForErasure({ email: 'POISTETTAVA@example.fi ' });
      assert.deepEqual(found.map((s) => s.id), [sent.id]);
      assert.equal(await storage.erase([sent.id]), 1);
      assert.equal(await storage.count(), 1);
      const late = await storage.save(submission(sent), answer('late'));
      assert.deepEqual(late, { outcome: 'replayed', answer: answer(sent.id) }, 'a late copy from an outbox is not stored again');
      assert.equal(await storage.count(), 1);
      const log = await storage.erasureLog();
      assert.equal(log.length, 1);
      assert.deepEqual(Object.keys(log[0]).sort(), ['count', 'erasedAt']);
      assert.equal(log[0].count, 1);
    });

    test('retention erases what was received before the cutoff, and logs it', async (t) => {
      const storage = await open(t);
      const old = signup({ email: 'vanha@example.fi' });
      const fresh = signup({ email: 'uusi@example.fi' });
      await storage.save(submission(old, { receivedAt: '2020-01-01T00:00:00.000Z' }), answer(old.id));
      await storage.save(submission(fresh), answer(fresh.id));
      assert.equal(await storage.eraseOlderThan('2021-01-01T00:00:00.000Z'), 1);
      assert.deepEqual((await storage.list()).map((s) => s.id), [fresh.id]);
      assert.equal((await storage.erasureLog())[0].count, 1);
      assert.equal(await storage.eraseOlderThan('2021-01-01T00:00:00.000Z'), 0);
    });

    test('settings are stored and replaced', async (t) => {
      const storage = await open(t);
      assert.equal(await storage.getSetting('x'), undefined);
      await storage.setSetting('x', 'yksi');
      await storage.setSetting('x', 'kaksi');
      assert.equal(await storage.getSetting('x'), 'kaksi');
    });
  });
}

describe('PostgreSQL migrations', { skip: unavailable }, () => {
  /** @type {Awaited<ReturnType<typeof startPostgres>>} */
  let own;
  before(async () => {
    own = await startPostgres();
  });
  after(() => own?.stop());

  test('two processes starting at once migrate once; a database newer than the code is refused', async (t) => {
    const { openPostgresStorage } = await import('../../collector/storage/postgres.js');
    const { POSTGRES_MIGRATIONS } = await import('../../collector/storage/postgres-migrations.js');
    const database = await freshDatabase(own.url);
    t.after(() => database.drop());
    const [first, second] = await Promise.all([openPostgresStorage(database.url), openPostgresStorage(database.url)]);
    const all = POSTGRES_MIGRATIONS.map((migration) => migration.version);
    assert.deepEqual([...first.appliedMigrations, ...second.appliedMigrations].sort(), all, 'each ran exactly once');
    await first.pool.query(`INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')`);
    await first.close();
    await second.close();
    await assert.rejects(openPostgresStorage(database.url), /schema version 99, newer than this collector knows/);
  });

  test('a failing migration leaves nothing half done', async (t) => {
    const { openPostgresStorage } = await import('../../collector/storage/postgres.js');
    const { POSTGRES_MIGRATIONS } = await import('../../collector/storage/postgres-migrations.js');
    const database = await freshDatabase(own.url);
    t.after(() => database.drop());
    const broken = { version: POSTGRES_MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half (x int); THIS IS NOT SQL;' };
    await assert.rejects(openPostgresStorage(database.url, { migrations: [...POSTGRES_MIGRATIONS, broken] }), /syntax error/);
    const storage = await openPostgresStorage(database.url);
    t.after(() => storage.close());
    const { rows } = await storage.pool.query("SELECT to_regclass('half') AS half, max(version) AS v FROM schema_migrations");
    assert.equal(rows[0].half, null);
    assert.equal(Number(rows[0].v), POSTGRES_MIGRATIONS.length);
    assert.equal(randomUUID().length, 36);
  });
});
