/**
 * The collector's storage interface. Routes and the admin pages talk only to this, so a PostgreSQL
 * implementation can sit beside `sqlite.js` without changing them: every method returns a Promise even
 * though better-sqlite3 answers synchronously.
 *
 * What an implementation must guarantee:
 * - `save` is atomic: the idempotency key and the submission are written in one transaction, and a key
 *   that exists already (even one written a moment ago by a concurrent request, or by another process
 *   on the same database) stores nothing and returns the first answer. In SQLite this is the PRIMARY KEY
 *   of `idempotency_keys` inside a `BEGIN IMMEDIATE` transaction; in PostgreSQL (`postgres.js`) it is
 *   `INSERT ... ON CONFLICT (key) DO NOTHING` in one transaction, and seats are counted under an
 *   advisory lock on the group.
 * - `erase` removes the submissions and everything in them that identifies a person, but keeps the bare
 *   idempotency key (a random UUID) with its first answer, so that a copy still waiting in someone's
 *   outbox cannot bring an erased signup back.
 * - migrations are versioned and each runs once, in a transaction (`schema_migrations`).
 *
 * @typedef {'signup' | 'survey' | 'reflection'} Kind
 *
 * @typedef {object} Answer  what the endpoint answered; replayed as it is for the same Idempotency-Key
 * @property {number} status
 * @property {Record<string, unknown>} body
 *
 * @typedef {object} NewSubmission
 * @property {string} id  the envelope's id, which is also its Idempotency-Key
 * @property {string} fingerprint  a hash of the envelope, to tell a replay from a reused key
 * @property {Kind} kind
 * @property {Record<string, any>} envelope  as received and validated
 * @property {string | null} origin  the request's Origin header (which partner site sent it)
 * @property {string} receivedAt  ISO 8601
 * @property {number} [seatLimit]  for a signup: the seats its group has for signups through the collector
 *   (capacity less reserved, 0 for a closed group); a signup that would take a seat beyond it joins the
 *   waiting list instead. Counted inside the same transaction, so two people never get the last seat.
 *
 * @typedef {object} SaveResult
 * @property {'created' | 'replayed' | 'key-reused'} outcome  `key-reused`: the key came with another envelope
 * @property {Answer} answer  the answer to give: the new one, or the first one for a replay; a signup moved
 *   to the waiting list has `waitingList: true` in its body
 *
 * @typedef {object} Submission  a stored submission as read back
 * @property {number} seq  order of arrival
 * @property {string} id
 * @property {Kind} kind
 * @property {string} schema
 * @property {string | null} programme
 * @property {string} locale
 * @property {string} page
 * @property {string | null} origin
 * @property {string} submittedAt
 * @property {string} receivedAt
 * @property {Record<string, any>} data
 *
 * @typedef {object} ListFilter
 * @property {Kind} [kind]
 * @property {string} [surveyId]
 * @property {string} [group]  data.group of a signup or a survey
 * @property {number} [session]  data.session of a survey
 * @property {number} [limit]  newest first when given
 * @property {number} [before]  only those that arrived before this `seq` (the next page of a list)
 *
 * @typedef {object} GroupCount
 * @property {number} seats  signups that take a seat (not on the waiting list)
 * @property {number} waiting  signups on the waiting list
 *
 * @typedef {object} Storage
 * @property {(submission: NewSubmission, answer: Answer) => Promise<SaveResult>} save
 * @property {(filter?: ListFilter) => Promise<Submission[]>} list  oldest first, unless `limit` is given
 * @property {(filter?: ListFilter) => Promise<number>} count  how many match (`limit` and `before` ignored)
 * @property {() => Promise<Record<Kind, number>>} countByKind
 * @property {() => Promise<Array<{ surveyId: string, count: number, lastReceivedAt: string }>>} surveys
 * @property {() => Promise<Map<string, GroupCount>>} signupCounts  per group value
 * @property {(match: { id?: string, email?: string }) => Promise<Submission[]>} findForErasure  by id (any kind) or by a signup's email (case-insensitive)
 * @property {(ids: string[]) => Promise<number>} erase  how many submissions were removed
 * @property {(cutoff: string) => Promise<number>} eraseOlderThan  erases (as `erase`) every submission
 *   received before this ISO 8601 time; for RETENTION_DAYS
 * @property {() => Promise<Array<{ erasedAt: string, count: number }>>} erasureLog  no personal data
 * @property {(name: string) => Promise<string | undefined>} getSetting
 * @property {(name: string, value: string) => Promise<void>} setSetting
 * @property {() => Promise<void>} ready  resolves when the database answers and is migrated (GET /readyz)
 * @property {() => Promise<void>} close
 */

import { openSqliteStorage } from './sqlite.js';

export { openSqliteStorage };

/**
 * Opens the configured storage: PostgreSQL when `DATABASE_URL` is set (`postgres://…`), else the SQLite
 * file, created with its directory when it does not exist. Either is migrated to the newest schema.
 * @param {{ databaseFile: string, databaseUrl?: string }} config
 * @returns {Promise<Storage>}
 */
export async function openStorage(config) {
  if (config.databaseUrl) {
    const { openPostgresStorage } = await import('./postgres.js');
    return openPostgresStorage(config.databaseUrl);
  }
  return openSqliteStorage(config.databaseFile);
}
