/**
 * RFC 9457 problem details, the collector's only error format. The elements read `errors[].pointer`
 * (`/data/email`) and show `detail` beside the field.
 */
export const PROBLEM_BASE = 'https://vertaistuki.example/problems/';

/**
 * @typedef {object} Problem
 * @property {string} type
 * @property {string} title
 * @property {number} status
 * @property {string} [detail]
 * @property {Array<{ pointer: string, detail: string }>} [errors]
 */

/**
 * @param {number} status
 * @param {string} name  last segment of the type URI
 * @param {string} title
 * @param {Partial<Problem>} [extra]
 * @returns {Problem}
 */
export function problem(status, name, title, extra = {}) {
  return { type: `${PROBLEM_BASE}${name}`, title, status, ...extra };
}

/**
 * Sends a problem as `application/problem+json`.
 * @param {import('fastify').FastifyReply} reply
 * @param {Problem} body
 */
export function sendProblem(reply, body) {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/** An Error carrying a problem, for code paths that throw (hooks, plugins). */
export class ProblemError extends Error {
  /** @param {Problem} body */
  constructor(body) {
    super(body.title);
    this.problem = body;
    this.statusCode = body.status;
  }
}
