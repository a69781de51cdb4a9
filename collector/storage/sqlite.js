import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { toSubmission } from './rows.js';

/** @typedef {import('./index.js').Storage} Storage */
/** @typedef {import('./index.js').Submission} Submission */
/** @typedef {import('./migrations.js').Migration} Migration */

/**
 * Brings the database up to the newest schema: each migration not yet in `schema_migrations` runs in
 * a `BEGIN IMMEDIATE` transaction that first checks again, so two processes starting at once on one
 * file cannot both run it.
 * @param {import('better-sqlite3').Database} db
 * @param {Migration[]} migrations
 * @returns {number[]} the versions applied now
 */
export function migrate(db, migrations = MIGRATIONS) {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  const newest = db.prepare('SELECT max(version) AS version FROM schema_migrations').get()?.version ?? 0;
  if (newest > known) {
    throw new Error(
      `The database is at schema version ${newest}, newer than this collector knows (${known}). Update the collector.`,
    );
  }
  const applied = [];
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return false;
      if (typeof migration.up === 'function') migration.up(db);
      else db.exec(migration.up);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (apply.immediate()) applied.push(migration.version);
  }
  return applied;
}

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' ? value : null);

/**
 * The WHERE clause of a list filter, with its parameters.
 * @param {import('./index.js').ListFilter} filter
 */
function whereOf(filter) {
  const where = [];
  /** @type {unknown[]} */
  const params = [];
  if (filter.kind) {
    where.push('kind = ?');
    params.push(filter.kind);
  }
  if (filter.surveyId !== undefined) {
    where.push('survey_id = ?');
    params.push(filter.surveyId);
  }
  if (filter.group !== undefined) {
    where.push('group_value = ?');
    params.push(filter.group);
  }
  if (filter.session !== undefined) {
    where.push("json_extract(data, '$.session') = ?");
    params.push(filter.session);
  }
  if (filter.before !== undefined) {
    where.push('seq < ?');
    params.push(filter.before);
  }
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * @param {string} file  path of the database file; created with its directory when missing
 * @param {{ migrations?: Migration[] }} [options]
 * @returns {Storage & { db: import('better-sqlite3').Database, appliedMigrations: number[] }}
 */
export function openSqliteStorage(file, options = {}) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // 201 means stored: every commit reaches the disk before we answer.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Erased rows are overwritten with zeros, not left in free pages.
  db.pragma('secure_delete = ON');
  const appliedMigrations = migrate(db, options.migrations);

  const statements = {
    insertKey: db.prepare(
      `INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO NOTHING`,
    ),
    getKey: db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE key = ?'),
    insertSubmission: db.prepare(
      `INSERT INTO submissions (id, kind, schema, programme, locale, page, origin, submitted_at, received_at, data,
         group_value, survey_id, email, waiting_list)
       VALUES (@id, @kind, @schema, @programme, @locale, @page, @origin, @submittedAt, @receivedAt, @data,
         @groupValue, @surveyId, @email, @waitingList)`,
    ),
    countByKind: db.prepare('SELECT kind, count(*) AS count FROM submissions GROUP BY kind'),
    surveys: db.prepare(
      `SELECT survey_id AS surveyId, count(*) AS count, max(received_at) AS lastReceivedAt FROM submissions
       WHERE kind = 'survey' GROUP BY survey_id ORDER BY survey_id`,
    ),
    signupCounts: db.prepare(
      `SELECT group_value AS grp, sum(waiting_list = 0) AS seats, sum(waiting_list = 1) AS waiting FROM submissions
       WHERE kind = 'signup' GROUP BY group_value`,
    ),
    seatsTaken: db.prepare(
      `SELECT count(*) AS seats FROM submissions WHERE kind = 'signup' AND group_value = ? AND waiting_list = 0`,
    ),
    byId: db.prepare('SELECT * FROM submissions WHERE id = ?'),
    byEmail: db.prepare(`SELECT * FROM submissions WHERE kind = 'signup' AND email = ? ORDER BY seq`),
    deleteSubmission: db.prepare('DELETE FROM submissions WHERE id = ?'),
    forgetFingerprint: db.prepare('UPDATE idempotency_keys SET fingerprint = NULL WHERE key = ?'),
    logErasure: db.prepare('INSERT INTO erasure_log (erased_at, count) VALUES (?, ?)'),
    erasureLog: db.prepare('SELECT erased_at AS erasedAt, count FROM erasure_log ORDER BY rowid DESC LIMIT 100'),
    getSetting: db.prepare('SELECT value FROM settings WHERE name = ?'),
    setSetting: db.prepare(
      'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ),
  };

  const save = db.transaction((/** @type {import('./index.js').NewSubmission} */ submission, answer) => {
    const { id, fingerprint, kind, envelope, origin, receivedAt } = submission;
    let data = envelope.data ?? {};
    // A group that filled up (or closed) after the page was loaded, or while the signup waited in an
    // outbox: the person joins the waiting list rather than losing the signup or overbooking the group.
    if (kind === 'signup' && data.waitingList !== true && submission.seatLimit !== undefined) {
      const { seats } = statements.seatsTaken.get(text(data.group));
      if (seats >= submission.seatLimit) {
        data = { ...data, waitingList: true };
        answer = { ...answer, body: { ...answer.body, waitingList: true } };
      }
    }
    const inserted = statements.insertKey.run(id, fingerprint, answer.status, JSON.stringify(answer.body), receivedAt);
    if (inserted.changes === 0) {
      const first = statements.getKey.get(id);
      const reused = first.fingerprint !== null && first.fingerprint !== fingerprint;
      return {
        outcome: reused ? 'key-reused' : 'replayed',
        answer: { status: first.status, body: JSON.parse(first.body) },
      };
    }
    statements.insertSubmission.run({
      id,
      kind,
      schema: envelope.schema,
      programme: envelope.programme ?? null,
      locale: envelope.locale,
      page: envelope.page,
      origin,
      submittedAt: envelope.submittedAt,
      receivedAt,
      data: JSON.stringify(data),
      groupValue: text(data.group),
      surveyId: kind === 'survey' ? text(data.surveyId) : null,
      email: kind === 'signup' && typeof data.email === 'string' ? data.email.trim().toLowerCase() : null,
      waitingList: kind === 'signup' ? (data.waitingList === true ? 1 : 0) : null,
    });
    return { outcome: 'created', answer };
  });

  const erase = db.transaction((/** @type {string[]} */ ids) => {
    let count = 0;
    for (const id of ids) {
      count += statements.deleteSubmission.run(id).changes;
      statements.forgetFingerprint.run(id);
    }
    if (count) statements.logErasure.run(new Date().toISOString(), count);
    return count;
  });
  const olderThan = db.prepare('SELECT id FROM submissions WHERE received_at < ?').pluck();

  return {
    db,
    appliedMigrations,

    async save(submission, answer) {
      // IMMEDIATE: the write lock is taken before the key is looked at, also across processes.
      return save.immediate(submission, answer);
    },

    async list(filter = {}) {
      const { clause, params } = whereOf(filter);
      // With a limit: one page, newest first, in the database (an admin page never loads everything).
      const order = filter.limit ? `ORDER BY seq DESC LIMIT ${Math.max(1, Math.floor(filter.limit))}` : 'ORDER BY seq';
      return db.prepare(`SELECT * FROM submissions ${clause} ${order}`).all(...params).map(toSubmission);
    },

    async count(filter = {}) {
      const { clause, params } = whereOf({ ...filter, before: undefined });
      return db.prepare(`SELECT count(*) AS count FROM submissions ${clause}`).get(...params).count;
    },

    async countByKind() {
      const counts = { signup: 0, survey: 0, reflection: 0 };
      for (const row of statements.countByKind.all()) counts[/** @type {keyof typeof counts} */ (row.kind)] = row.count;
      return counts;
    },

    async surveys() {
      return statements.surveys.all().map((row) => ({ ...row, surveyId: row.surveyId ?? '' }));
    },

    async signupCounts() {
      const counts = new Map();
      for (const row of statements.signupCounts.all()) {
        counts.set(row.grp, { seats: row.seats ?? 0, waiting: row.waiting ?? 0 });
      }
      return counts;
    },

    async findForErasure({ id, email }) {
      if (id) return statements.byId.all(id.trim()).map(toSubmission);
      if (email) return statements.byEmail.all(email.trim().toLowerCase()).map(toSubmission);
      return [];
    },

    async erase(ids) {
      const count = erase.immediate(ids);
      // Old page images of the erased rows may still sit in the write-ahead log: write it back and empty it.
      if (count) db.pragma('wal_checkpoint(TRUNCATE)');
      return count;
    },

    async eraseOlderThan(cutoff) {
      const ids = olderThan.all(cutoff);
      return ids.length ? this.erase(ids) : 0;
    },

    async erasureLog() {
      return statements.erasureLog.all();
    },

    async getSetting(name) {
      return statements.getSetting.get(name)?.value;
    },

    async setSetting(name, value) {
      statements.setSetting.run(name, value);
    },

    async ready() {
      if (!db.open) throw new Error('The database is closed.');
      db.prepare('SELECT 1 FROM schema_migrations LIMIT 1').get();
    },

    async close() {
      if (db.open) db.close();
    },
  };
}
