/** @typedef {import('./index.js').Submission} Submission */

/**
 * A row of the `submissions` table, as SQLite and PostgreSQL both return it, as a Submission.
 * `seq` is a number in SQLite and a bigint's text in PostgreSQL.
 * @param {any} row
 * @returns {Submission}
 */
export function toSubmission(row) {
  return {
    seq: Number(row.seq),
    id: row.id,
    kind: row.kind,
    schema: row.schema,
    programme: row.programme,
    locale: row.locale,
    page: row.page,
    origin: row.origin,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    data: JSON.parse(row.data),
  };
}
