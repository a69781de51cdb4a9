import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { toSubmission } from './rows.js';

/**
 * The storage interface (`index.js`) on PostgreSQL, through node-postgres (`pg`) with a connection pool.
 * For several collector processes on one database, behind a load balancer. What holds across processes:
 *
 * - Idempotency: the key and the submission are written in one transaction. The key's PRIMARY KEY with
 *   `INSERT … ON CONFLICT (key) DO NOTHING` makes a concurrent duplicate wait for the first transaction
 *   and then find its key: it stores nothing and returns the first answer.
 * - Seats: a signup that may take a seat first takes a transaction-scoped advisory lock on its group
 *   (`pg_advisory_xact_lock`), then counts. Two signups for one group, on any processes, are counted one
 *   after the other; the lock is released at commit, when the first one's row is visible.
 * - Migrations: run under a session advisory lock, so two processes starting at once do not both
 *   migrate; each in its own transaction, recorded in `schema_migrations`.
 *
 * READ COMMITTED (PostgreSQL's default) is enough: every statement sees what was committed before it.
 */

/** Advisory lock keys (two int4s: a namespace of ours, then a number or a hash). */
const LOCK_NAMESPACE = 0x76740000; // "vt\0\0"
const MIGRATION_LOCK = 1;

/** @typedef {import('./index.js').Storage} Storage */
/** @typedef {import('./index.js').Submission} Submission */
/** @typedef {import('pg').PoolClient} PoolClient */

/** The columns of a submission as read back; `data` as its JSON text, exactly as stored. */
const COLUMNS = 'seq, id, kind, schema, programme, locale, page, origin, submitted_at, received_at, data::text AS data';

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' ? value : null);

/**
 * The WHERE clause of a list filter, with its `$n` parameters.
 * @param {import('./index.js').ListFilter} filter
 */
function whereOf(filter) {
  const where = [];
  /** @type {unknown[]} */
  const params = [];
  const add = (/** @type {string} */ condition, /** @type {unknown} */ value) => {
    params.push(value);
    where.push(condition.replace('?', `$${params.length}`));
  };
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.surveyId !== undefined) add('survey_id = ?', filter.surveyId);
  if (filter.group !== undefined) add('group_value = ?', filter.group);
  if (filter.session !== undefined) add("(data->>'session') = ?", String(filter.session));
  if (filter.before !== undefined) add('seq < ?', filter.before);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * Brings the database up to the newest schema; returns the versions applied now.
 * @param {import('pg').Pool} pool
 * @param {import('./postgres-migrations.js').PostgresMigration[]} migrations
 */
export async function migratePostgres(pool, migrations = POSTGRES_MIGRATIONS) {
  const client = await pool.connect();
  try {
    // Held for the whole run: a second process waits here, then finds everything applied.
    await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    const { rows } = await client.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const newest = Number(rows[0].version);
    if (newest > known) {
      throw new Error(`The database is at schema version ${newest}, newer than this collector knows (${known}). Update the collector.`);
    }
    const applied = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.rowCount) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.up);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/**
 * @param {string} url  `postgres://user:password@host:port/database`
 * @param {{ migrations?: import('./postgres-migrations.js').PostgresMigration[], poolSize?: number }} [options]
 * @returns {Promise<Storage & { pool: import('pg').Pool, appliedMigrations: number[] }>}
 */
export async function openPostgresStorage(url, options = {}) {
  // Loaded only here: a collector on SQLite does not need the `pg` package at all.
  const { default: pg } = await import('pg').catch((error) => {
    throw new Error(`DATABASE_URL is set, but the pg package is missing (npm install pg): ${error.message}`);
  });
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // A connection that breaks while idle (the server restarted) is dropped by the pool; without a
  // listener its error would stop the process.
  pool.on('error', () => {});
  let appliedMigrations;
  try {
    appliedMigrations = await migratePostgres(pool, options.migrations);
  } catch (error) {
    await pool.end();
    throw error;
  }

  /**
   * Runs `work` in one transaction on one connection.
   * @template T
   * @param {(client: PoolClient) => Promise<T>} work
   * @returns {Promise<T>}
   */
  async function transaction(work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Removes submissions in one transaction and keeps their bare keys (see index.js); logs how many.
   * @param {PoolClient} client
   * @param {string} condition  selects the rows, with `$1`
   * @param {unknown} param
   */
  async function eraseWhere(client, condition, param) {
    const deleted = await client.query(`DELETE FROM submissions WHERE ${condition} RETURNING id`, [param]);
    const ids = deleted.rows.map((row) => row.id);
    if (ids.length) {
      await client.query('UPDATE idempotency_keys SET fingerprint = NULL WHERE key = ANY($1)', [ids]);
      await client.query('INSERT INTO erasure_log (erased_at, count) VALUES ($1, $2)', [new Date().toISOString(), ids.length]);
    }
    return ids.length;
  }

  return {
    pool,
    appliedMigrations,

    async save(submission, answer) {
      const { id, fingerprint, kind, envelope, origin, receivedAt } = submission;
      return transaction(async (client) => {
        let data = envelope.data ?? {};
        let given = answer;
        // As in sqlite.js: a group that filled up (or closed) meanwhile puts the signup on its waiting list.
        if (kind === 'signup' && data.waitingList !== true && submission.seatLimit !== undefined) {
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE + 1, text(data.group) ?? '']);
          const { rows } = await client.query(
            "SELECT count(*)::int AS seats FROM submissions WHERE kind = 'signup' AND group_value = $1 AND waiting_list = false",
            [text(data.group)],
          );
          if (rows[0].seats >= submission.seatLimit) {
            data = { ...data, waitingList: true };
            given = { ...answer, body: { ...answer.body, waitingList: true } };
          }
        }
        const inserted = await client.query(
          `INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (key) DO NOTHING`,
          [id, fingerprint, given.status, JSON.stringify(given.body), receivedAt],
        );
        if (inserted.rowCount === 0) {
          const { rows } = await client.query('SELECT fingerprint, status, body FROM idempotency_keys WHERE key = $1', [id]);
          const first = rows[0];
          const reused = first.fingerprint !== null && first.fingerprint !== fingerprint;
          return /** @type {const} */ ({
            outcome: reused ? 'key-reused' : 'replayed',
            answer: { status: first.status, body: JSON.parse(first.body) },
          });
        }
        await client.query(
          `INSERT INTO submissions (id, kind, schema, programme, locale, page, origin, submitted_at, received_at, data,
             group_value, survey_id, email, waiting_list)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            id,
            kind,
            envelope.schema,
            envelope.programme ?? null,
            envelope.locale,
            envelope.page,
            origin,
            envelope.submittedAt,
            receivedAt,
            JSON.stringify(data),
            text(data.group),
            kind === 'survey' ? text(data.surveyId) : null,
            kind === 'signup' && typeof data.email === 'string' ? data.email.trim().toLowerCase() : null,
            kind === 'signup' ? data.waitingList === true : null,
          ],
        );
        return /** @type {const} */ ({ outcome: 'created', answer: given });
      });
    },

    async list(filter = {}) {
      const { clause, params } = whereOf(filter);
      const order = filter.limit ? `ORDER BY seq DESC LIMIT ${Math.max(1, Math.floor(filter.limit))}` : 'ORDER BY seq';
      const { rows } = await pool.query(`SELECT ${COLUMNS} FROM submissions ${clause} ${order}`, params);
      return rows.map(toSubmission);
    },

    async count(filter = {}) {
      const { clause, params } = whereOf({ ...filter, before: undefined });
      const { rows } = await pool.query(`SELECT count(*)::int AS count FROM submissions ${clause}`, params);
      return rows[0].count;
    },

    async countByKind() {
      const counts = { signup: 0, survey: 0, reflection: 0 };
      const { rows } = await pool.query('SELECT kind, count(*)::int AS count FROM submissions GROUP BY kind');
      for (const row of rows) counts[/** @type {keyof typeof counts} */ (row.kind)] = row.count;
      return counts;
    },

    async surveys() {
      const { rows } = await pool.query(
        `SELECT survey_id AS "surveyId", count(*)::int AS count, max(received_at) AS "lastReceivedAt" FROM submissions
         WHERE kind = 'survey' GROUP BY survey_id ORDER BY survey_id`,
      );
      return rows.map((row) => ({ ...row, surveyId: row.surveyId ?? '' }));
    },

    async signupCounts() {
      const { rows } = await pool.query(
        `SELECT group_value AS grp, count(*) FILTER (WHERE NOT waiting_list)::int AS seats,
           count(*) FILTER (WHERE waiting_list)::int AS waiting
         FROM submissions WHERE kind = 'signup' GROUP BY group_value`,
      );
      return new Map(rows.map((row) => [row.grp, { seats: row.seats, waiting: row.waiting }]));
    },

    async findForErasure({ id, email }) {
      const select = `SELECT ${COLUMNS} FROM submissions`;
      if (id) return (await pool.query(`${select} WHERE id = $1`, [id.trim()])).rows.map(toSubmission);
      if (email) {
        const { rows } = await pool.query(`${select} WHERE kind = 'signup' AND email = $1 ORDER BY seq`, [email.trim().toLowerCase()]);
        return rows.map(toSubmission);
      }
      return [];
    },

    async erase(ids) {
      // PostgreSQL keeps deleted rows' old versions until VACUUM reuses the space (docs/collector.md).
      return transaction((client) => eraseWhere(client, 'id = ANY($1)', ids));
    },

    async eraseOlderThan(cutoff) {
      return transaction((client) => eraseWhere(client, 'received_at < $1', cutoff));
    },

    async erasureLog() {
      const { rows } = await pool.query('SELECT erased_at AS "erasedAt", count FROM erasure_log ORDER BY seq DESC LIMIT 100');
      return rows;
    },

    async getSetting(name) {
      const { rows } = await pool.query('SELECT value FROM settings WHERE name = $1', [name]);
      return rows[0]?.value;
    },

    async setSetting(name, value) {
      await pool.query('INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [
        name,
        value,
      ]);
    },

    async ready() {
      await pool.query('SELECT 1 FROM schema_migrations LIMIT 1');
    },

    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
