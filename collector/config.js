import { resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The repository root: `data/` and the default groups file are found from here, not from the cwd. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * @typedef {object} CollectorConfig
 * @property {number} port
 * @property {string} host
 * @property {string} databaseFile
 * @property {string | undefined} databaseUrl  DATABASE_URL: PostgreSQL instead of the SQLite file
 * @property {number} retentionDays  RETENTION_DAYS: submissions older than this are erased; 0: kept
 * @property {string} groupsFile
 * @property {string[]} allowedOrigins  exact origins (`https://partner.example`), no wildcards
 * @property {{ max: number, windowMs: number }} rateLimit  requests per IP per window, for the API, the
 *   admin pages and /healthz each; max 0: no limit
 * @property {string | undefined} adminToken  from ADMIN_TOKEN; else one stored (hashed) in the database
 * @property {false | string | number} trustProxy  Fastify's trustProxy: how many proxies, or their addresses
 * @property {number} requestTimeoutMs  a request must have arrived whole within this time (slow clients hold sockets)
 * @property {string | false} logLevel
 * @property {number} bodyLimit  bytes
 * @property {string | undefined} surveyDefinitionsDir  SurveyJS definitions named `<surveyId>.json`, for titles in the admin summary
 * @property {import('node:stream').Writable} [logStream]  where log lines go (stdout); tests set it
 */

/** @param {string | undefined} value @param {number} fallback @param {string} name */
function positiveInt(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return number;
}

/** @param {string | undefined} value */
function origins(value) {
  const list = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`ALLOWED_ORIGINS: "${origin}" is not an origin such as https://partner.example`);
    }
    if (parsed.origin !== origin) {
      throw new Error(`ALLOWED_ORIGINS: "${origin}" is not an origin; did you mean "${parsed.origin}"?`);
    }
  }
  return list;
}

/**
 * Who may say, in X-Forwarded-For, which address a request came from: the number of proxies in front of
 * the collector, or their addresses. Never `true`: that believes the first address, which the client
 * writes itself, so anyone could pick a new address per request and never meet the rate limit.
 * @param {string | undefined} value
 * @returns {false | string | number}
 */
function trustProxy(value) {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') {
    throw new Error(
      'TRUST_PROXY=true would believe any X-Forwarded-For a client writes (and let it dodge the rate limit). ' +
        'Give the number of proxies in front of the collector (e.g. 1) or their addresses (e.g. 127.0.0.1,10.0.0.0/8).',
    );
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** @param {string | undefined} value */
function databaseUrl(value) {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) throw new Error('DATABASE_URL must be a postgres:// URL (without it, the SQLite file DATABASE_FILE is used)');
  return value;
}

/**
 * The collector's settings from environment variables (see docs/collector.md).
 * @param {Record<string, string | undefined>} [env]
 * @returns {CollectorConfig}
 */
export function loadConfig(env = process.env) {
  return {
    port: positiveInt(env.PORT, 8787, 'PORT'),
    host: env.HOST || '127.0.0.1',
    // Paths given in the environment are relative to the working directory; the defaults to the repository.
    databaseFile: env.DATABASE_FILE ? resolve(env.DATABASE_FILE) : resolve(ROOT, 'data/vertaistuki.db'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    retentionDays: positiveInt(env.RETENTION_DAYS, 0, 'RETENTION_DAYS'),
    groupsFile: env.GROUPS_FILE ? resolve(env.GROUPS_FILE) : resolve(ROOT, 'collector/groups.json'),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    // Per IP address per window; the public API, the admin pages and /healthz each count apart.
    rateLimit: {
      max: positiveInt(env.RATE_LIMIT_MAX, 300, 'RATE_LIMIT_MAX'),
      windowMs: positiveInt(env.RATE_LIMIT_WINDOW_SECONDS, 60, 'RATE_LIMIT_WINDOW_SECONDS') * 1000,
    },
    adminToken: env.ADMIN_TOKEN || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    requestTimeoutMs: positiveInt(env.REQUEST_TIMEOUT_SECONDS, 30, 'REQUEST_TIMEOUT_SECONDS') * 1000,
    logLevel: env.LOG_LEVEL === 'silent' ? false : env.LOG_LEVEL || 'info',
    bodyLimit: 32 * 1024,
    surveyDefinitionsDir: env.SURVEY_DEFINITIONS_DIR ? resolve(env.SURVEY_DEFINITIONS_DIR) : undefined,
  };
}
