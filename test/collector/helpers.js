// Shared by the collector's tests: a real collector on a free port, with its own SQLite file and groups
// file in a temp directory, removed after the test. With COLLECTOR_TEST_POSTGRES_URL set (by
// `node test/collector/on-postgres.js`), each collector gets its own new database on that PostgreSQL
// server instead, so the same tests check both storages.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import Database from 'better-sqlite3';
import { loadConfig } from '../../collector/config.js';
import { startCollector } from '../../collector/server.js';
import { freshDatabase } from './postgres-server.js';

export const TOKEN = 'test-admin-token-0123456789';
export const PARTNER = 'https://partner.example';

export const GROUPS = [
  { value: 'pori', name: 'Porin yksinyrittäjät', capacity: 3, type: 'horizontal', format: 'hybrid' },
  { value: 'verkko', name: 'Verkkoryhmä', capacity: 2, reserved: 2, format: 'online' },
  { value: 'avoin', name: 'Ilman paikkamäärää' },
];

/**
 * @param {import('node:test').TestContext} t
 * @param {Record<string, string>} [env]  overrides of the collector's environment
 * @param {Partial<import('../../collector/config.js').CollectorConfig>} [settings]  settings that have no
 *   environment variable (e.g. `logStream`)
 */
export async function startTestCollector(t, env = {}, settings = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'vt-collector-'));
  /** @type {Awaited<ReturnType<typeof startCollector>> | undefined} */
  let started;
  /** @type {Database.Database | undefined} */
  let reader;
  /** @type {import('pg').Pool | undefined} */
  let pgReader;
  /** @type {{ url: string, drop: () => Promise<void> } | undefined} */
  let database;
  // One hook, registered before anything can fail: close what was opened, then remove the directory.
  t.after(async () => {
    reader?.close();
    await pgReader?.end();
    await started?.app.close();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const postgres = process.env.COLLECTOR_TEST_POSTGRES_URL;
  if (postgres && !env.DATABASE_URL && !env.DATABASE_FILE) {
    database = await freshDatabase(postgres);
    env = { ...env, DATABASE_URL: database.url };
  } else if (postgres && env.DATABASE_FILE) {
    throw new Error('On PostgreSQL, reopen a database with DATABASE_URL (collector.config.databaseUrl)');
  }
  const groupsFile = join(dir, 'groups.json');
  await writeFile(groupsFile, JSON.stringify({ groups: GROUPS }));
  const config = {
    ...loadConfig({
    DATABASE_FILE: join(dir, 'data', 'vertaistuki.db'),
    GROUPS_FILE: groupsFile,
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_TOKEN: TOKEN,
    ALLOWED_ORIGINS: PARTNER,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '100000',
    ...env,
    }),
    ...settings,
  };
  const lines = [];
  started = await startCollector(config, { print: (line) => lines.push(line) });
  return {
    ...started,
    dir,
    config,
    lines,
    groupsFile,
    /**
     * Rows from the collector's database, through a second connection: SQLite or PostgreSQL, with `?`
     * placeholders either way. On PostgreSQL counts come back as numbers and `data` as its JSON text, as
     * in SQLite.
     * @param {string} query
     * @param {...unknown} params
     * @returns {Promise<any[]>}
     */
    async sql(query, ...params) {
      if (!config.databaseUrl) {
        reader ??= new Database(config.databaseFile, { readonly: true });
        return reader.prepare(query).all(...params);
      }
      if (!pgReader) {
        const { default: pg } = await import('pg');
        const asInSqlite = (/** @type {number} */ oid, /** @type {any} */ format) =>
          oid === 20 ? Number : oid === 114 ? (/** @type {string} */ value) => value : pg.types.getTypeParser(oid, format);
        pgReader = new pg.Pool({ connectionString: config.databaseUrl, max: 2, types: { getTypeParser: asInSqlite } });
        pgReader.on('error', () => {});
      }
      let n = 0;
      return (await pgReader.query(query.replace(/\?/g, () => `$${(n += 1)}`), params)).rows;
    },
    /** The first row of `sql`. @param {string} query @param {...unknown} params */
    async one(query, ...params) {
      return (await this.sql(query, ...params))[0];
    },
    /** @param {unknown} envelope @param {Record<string, string>} [headers] */
    post(envelope, headers = {}) {
      const id = /** @type {any} */ (envelope)?.id;
      return fetch(`${started.url}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...headers },
        body: typeof envelope === 'string' ? envelope : JSON.stringify(envelope),
      });
    },
    /** @param {string} path @param {RequestInit} [init] */
    admin(path, init = {}) {
      return fetch(`${started.url}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${TOKEN}`, ...init.headers },
      });
    },
  };
}

/** @param {string} schema @param {Record<string, unknown>} data @param {Record<string, unknown>} [change] */
export function envelope(schema, data, change = {}) {
  return {
    schema,
    id: randomUUID(),
    submittedAt: new Date().toISOString(),
    programme: 'kestava-keikkatyo',
    locale: 'fi',
    page: 'https://partner.example/vertaisryhmat',
    data,
    ...change,
  };
}

/** @param {Record<string, unknown>} [data] */
export function signup(data = {}) {
  return envelope('vt.signup/1', {
    group: 'pori',
    waitingList: false,
    name: 'Aino Virtanen',
    email: 'aino@example.fi',
    role: 'solo-entrepreneur',
    consent: true,
    ...data,
  });
}

/** @param {Record<string, unknown>} [answers] @param {Record<string, unknown>} [data] */
export function survey(answers = {}, data = {}) {
  return envelope('vt.survey/1', {
    surveyId: 'tapaamispalaute',
    group: 'pori',
    session: 3,
    answers: { climateOpen: 4, groupSize: 'right', mostUseful: 'Kuulla, miten muut hoitavat laskutuksen.', ...answers },
    ...data,
  });
}

/** @param {Record<string, unknown>} [data] */
export function reflection(data = {}) {
  return envelope('vt.reflection/1', {
    cardId: '/tyopaja#1x2y3z',
    exercise: 'peer-support',
    answers: [{ prompt: 'Mieti yksi hyvä esimerkki vertaistuesta.', answer: 'Kollega auttoi ensimmäisen keikan hinnoittelussa.' }],
    ...data,
  });
}
