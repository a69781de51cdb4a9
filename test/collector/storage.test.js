// The SQLite storage: versioned migrations that run once, on a new or an existing file.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStorage } from '../../collector/storage/sqlite.js';
import { MIGRATIONS } from '../../collector/storage/migrations.js';
import { signup, startTestCollector } from './helpers.js';

async function tempFile(t) {
  const dir = await mkdtemp(join(tmpdir(), 'vt-storage-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'nested', 'vertaistuki.db');
}

/** The version after the last shipped migration. */
const next = MIGRATIONS.length + 1;

const submission = (envelope) => ({
  id: envelope.id,
  fingerprint: 'f',
  kind: 'signup',
  envelope,
  origin: null,
  receivedAt: new Date().toISOString(),
});

test('a new file gets every migration once; opening it again runs none and keeps the data', async (t) => {
  const file = await tempFile(t);
  const first = openSqliteStorage(file);
  assert.deepEqual(first.appliedMigrations, MIGRATIONS.map((migration) => migration.version));
  const sent = signup();
  await first.save(submission(sent), { status: 201, body: { id: sent.id } });
  const appliedAt = first.db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all();
  await first.close();

  const second = openSqliteStorage(file);
  assert.deepEqual(second.appliedMigrations, []);
  assert.deepEqual(second.db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all(), appliedAt);
  assert.equal((await second.list({ kind: 'signup' }))[0].data.email, sent.data.email);
  await second.close();
});

test('only the new migrations run on an existing file, each once', async (t) => {
  const file = await tempFile(t);
  const runs = [];
  const counting = (version) => ({
    version,
    name: `counted ${version}`,
    up: (db) => {
      runs.push(version);
      db.exec(`CREATE TABLE counted_${version} (x INTEGER)`);
    },
  });
  (await openSqliteStorage(file, { migrations: [...MIGRATIONS, counting(next)] })).close();
  (await openSqliteStorage(file, { migrations: [...MIGRATIONS, counting(next)] })).close();
  const upgraded = openSqliteStorage(file, { migrations: [...MIGRATIONS, counting(next), counting(next + 1)] });
  assert.deepEqual(upgraded.appliedMigrations, [next + 1]);
  await upgraded.close();
  (await openSqliteStorage(file, { migrations: [...MIGRATIONS, counting(next), counting(next + 1)] })).close();
  assert.deepEqual(runs, [next, next + 1]);
});

test('a failing migration leaves nothing half done, and a database newer than the code is refused', async (t) => {
  const file = await tempFile(t);
  const broken = { version: next, name: 'broken', up: 'CREATE TABLE half (x INTEGER); THIS IS NOT SQL;' };
  assert.throws(() => openSqliteStorage(file, { migrations: [...MIGRATIONS, broken] }), /syntax error/);
  const storage = openSqliteStorage(file);
  assert.equal(storage.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get().n, 0);
  assert.equal(storage.db.prepare('SELECT max(version) AS v FROM schema_migrations').get().v, MIGRATIONS.length);
  storage.db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')").run();
  await storage.close();
  assert.throws(() => openSqliteStorage(file), /schema version 99, newer than this collector knows/);
});

test('the collector restarted on its existing file runs no migration and serves what was stored', async (t) => {
  const first = await startTestCollector(t);
  const sent = signup();
  await first.post(sent);
  const file = first.config.databaseFile;
  await first.app.close();
  const second = await startTestCollector(t, first.config.databaseUrl ? { DATABASE_URL: first.config.databaseUrl } : { DATABASE_FILE: file });
  assert.deepEqual(second.storage.appliedMigrations, []);
  const replay = await second.post(sent);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal((await second.one('SELECT count(*) AS n FROM submissions')).n, 1);
  assert.equal((await second.one('SELECT count(*) AS n FROM schema_migrations')).n, MIGRATIONS.length);
});
