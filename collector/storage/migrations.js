/**
 * SQLite schema, as numbered migrations. Each runs once, in its own transaction, and is recorded in
 * `schema_migrations`. Never edit one that has shipped: add the next number. Columns beside `data`
 * (group, survey, email, waiting list) are copies of fields of the envelope made at insert time, for
 * indexes and erasure; the envelope's `data` stays as it was received.
 *
 * @typedef {object} Migration
 * @property {number} version
 * @property {string} name
 * @property {string | ((db: import('better-sqlite3').Database) => void)} up
 */

/** @type {Migration[]} */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'submissions and idempotency keys',
    up: `
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE submissions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE REFERENCES idempotency_keys (key),
        kind TEXT NOT NULL CHECK (kind IN ('signup', 'survey', 'reflection')),
        schema TEXT NOT NULL,
        programme TEXT,
        locale TEXT NOT NULL,
        page TEXT NOT NULL,
        origin TEXT,
        submitted_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        group_value TEXT,
        survey_id TEXT,
        email TEXT,
        waiting_list INTEGER
      ) STRICT;

      CREATE INDEX submissions_by_kind ON submissions (kind, seq);
      CREATE INDEX submissions_by_survey ON submissions (survey_id) WHERE kind = 'survey';
      CREATE INDEX submissions_by_group ON submissions (group_value) WHERE kind = 'signup';
      CREATE INDEX submissions_by_email ON submissions (email) WHERE email IS NOT NULL;
    `,
  },
  {
    version: 2,
    name: 'settings and erasure log',
    up: `
      CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Accountability for erasures without keeping what was erased: when, and how many.
      CREATE TABLE erasure_log (
        erased_at TEXT NOT NULL,
        count INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'received_at index for retention',
    up: `CREATE INDEX submissions_by_received_at ON submissions (received_at);`,
  },
];
