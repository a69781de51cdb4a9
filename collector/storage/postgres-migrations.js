/**
 * The PostgreSQL schema, as numbered migrations that match `migrations.js` (SQLite) version for
 * version: the same tables and columns, in PostgreSQL's types. Each runs once, in its own transaction,
 * under an advisory lock (see `postgres.js`). Never edit one that has shipped: add the next number.
 *
 * `data` is `json`, not `jsonb`: json keeps the text exactly as it was written (key order, duplicates),
 * so what is read back is what was received.
 *
 * @typedef {{ version: number, name: string, up: string }} PostgresMigration
 */

/** @type {PostgresMigration[]} */
export const POSTGRES_MIGRATIONS = [
  {
    version: 1,
    name: 'submissions and idempotency keys',
    up: `
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        fingerprint text,
        status integer NOT NULL,
        body text NOT NULL,
        created_at text NOT NULL
      );

      CREATE TABLE submissions (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE REFERENCES idempotency_keys (key),
        kind text NOT NULL CHECK (kind IN ('signup', 'survey', 'reflection')),
        schema text NOT NULL,
        programme text,
        locale text NOT NULL,
        page text NOT NULL,
        origin text,
        submitted_at text NOT NULL,
        received_at text NOT NULL,
        data json NOT NULL,
        group_value text,
        survey_id text,
        email text,
        waiting_list boolean
      );

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
        name text PRIMARY KEY,
        value text NOT NULL
      );

      -- Accountability for erasures without keeping what was erased: when, and how many.
      CREATE TABLE erasure_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        erased_at text NOT NULL,
        count integer NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'received_at index for retention',
    up: `CREATE INDEX submissions_by_received_at ON submissions (received_at);`,
  },
];
