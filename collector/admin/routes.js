import { readFileSync } from 'node:fs';
import { problem, sendProblem } from '../problems.js';
import { isAuthorised } from './auth.js';
import { toCsv } from './csv.js';
import { loadDefinition, summarise } from './summary.js';
import { tableOf } from './tables.js';
import { erasePage, eraseConfirmPage, erasedPage, listPage, overviewPage, surveyPage, unauthorisedPage } from './views.js';

/**
 * The admin pages under /admin: behind the admin token, no scripts, a strict CSP, nothing cached.
 *
 * @typedef {object} AdminOptions
 * @property {import('../storage/index.js').Storage} storage
 * @property {ReturnType<typeof import('../groups.js').groupsFile>} groups
 * @property {Buffer} tokenHash
 * @property {string | undefined} surveyDefinitionsDir
 */

const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const STYLESHEET = readFileSync(new URL('./admin.css', import.meta.url), 'utf8');
const KINDS = new Set(['signup', 'survey', 'reflection']);
/** Rows on one page of a list; older ones are on the next page, all of them in the CSV. */
const PAGE_SIZE = 50;
/** Answer columns of a survey list (the definition's questions, then the most answered; the rest in one column). */
const PAGE_ANSWER_COLUMNS = 50;
const CSV_ANSWER_COLUMNS = 300;

/** @param {unknown} value */
const oneString = (value) => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : undefined);

/**
 * Whether a POST to the admin pages was started by the admin pages themselves (not a CSRF).
 * - `Sec-Fetch-Site` is set by the browser and cannot be forged by a page: when present, it decides.
 *   `same-origin` is our own form; `none` is the person's own action (a bookmark, the address bar).
 *   `same-site` (another port or subdomain of this host) and `cross-site` are refused.
 * - Without it (an older browser, or plain http on a host that is not localhost), the `Origin` decides.
 *   Only its host and port are compared: behind a TLS proxy without TRUST_PROXY the browser says https
 *   while we see http. `Origin: null` (an opaque origin, e.g. a sandboxed frame) is refused.
 * - Neither header: not a browser (curl or a script with the Bearer token), which no site can make.
 * @param {import('fastify').FastifyRequest} request
 */
export function isOwnPost(request) {
  const site = request.headers['sec-fetch-site'];
  if (site) return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false; // "null" or garbage
  }
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {AdminOptions} options
 */
export async function adminRoutes(app, { storage, groups, tokenHash, surveyDefinitionsDir }) {
  // HTML forms post urlencoded bodies; only the admin pages read them.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    /** @type {Record<string, string | string[]>} */
    const fields = {};
    for (const [key, value] of new URLSearchParams(/** @type {string} */ (body))) {
      const seen = fields[key];
      fields[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    }
    done(null, fields);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cache-Control', 'no-store');
    // Not no-referrer: under it Chromium sends "Origin: null" with our own form posts. same-origin keeps
    // the Origin for this origin and still sends nothing to other sites.
    reply.header('Referrer-Policy', 'same-origin');
    if (request.url === '/admin/admin.css') return;
    if (!isAuthorised(request.headers.authorization, tokenHash)) {
      reply.header('WWW-Authenticate', ['Basic realm="vertaistuki-admin", charset="UTF-8"', 'Bearer realm="vertaistuki-admin"']);
      if (/text\/html/.test(request.headers.accept ?? '')) {
        return reply.code(401).type('text/html; charset=utf-8').send(unauthorisedPage().value);
      }
      return sendProblem(reply, problem(401, 'unauthorized', 'Admin token required'));
    }
    // The browser sends Basic credentials with any request to this origin, also one started by another
    // site: a state-changing request must come from these pages themselves.
    if (request.method === 'POST' && !isOwnPost(request)) {
      return sendProblem(reply, problem(403, 'cross-site', 'Cross-site request refused'));
    }
  });

  /** @param {import('fastify').FastifyReply} reply @param {import('../html.js').SafeHtml} page */
  const sendPage = (reply, page) => reply.type('text/html; charset=utf-8').send(page.value);

  app.get('/admin/admin.css', async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=300');
    return reply.type('text/css; charset=utf-8').send(STYLESHEET);
  });

  app.get('/admin', async (_request, reply) => {
    const counts = await storage.signupCounts();
    let configured = [];
    let groupsError;
    try {
      configured = groups.configured();
    } catch (error) {
      groupsError = /** @type {Error} */ (error).message;
    }
    const published = new Map(
      groupsError ? [] : groups.published(counts).map((group) => [/** @type {string} */ (group.value), group]),
    );
    const rows = configured.map((group) => ({
      ...group,
      seats: counts.get(group.value)?.seats ?? 0,
      waiting: counts.get(group.value)?.waiting ?? 0,
      seatsLeft: published.get(group.value)?.seatsLeft,
    }));
    // Signups for groups the file does not list (a page's own <vt-group> children, "any").
    for (const [value, count] of counts) {
      if (!configured.some((group) => group.value === value)) {
        rows.push({ value: value ?? '', name: value === 'any' ? 'Mikä tahansa sopiva ryhmä' : `(${value})`, ...count, seatsLeft: undefined });
      }
    }
    return sendPage(
      reply,
      overviewPage({
        counts: await storage.countByKind(),
        groups: rows,
        surveys: await storage.surveys(),
        erasures: await storage.erasureLog(),
        groupsError,
      }),
    );
  });

  /** Filters from the query string, shared by the list and the CSV export. */
  function filterOf(/** @type {Record<string, unknown>} */ query) {
    const survey = oneString(query.survey);
    const group = oneString(query.group) || undefined;
    const sessionText = oneString(query.session);
    const session = sessionText && /^\d+$/.test(sessionText) ? Number(sessionText) : undefined;
    return { survey, group, session };
  }

  app.get('/admin/submissions/:kind', async (request, reply) => {
    const kind = /** @type {{ kind: string }} */ (request.params).kind;
    if (!KINDS.has(kind)) return sendProblem(reply, problem(404, 'not-found', 'No such kind'));
    const typedKind = /** @type {'signup' | 'survey' | 'reflection'} */ (kind);
    const query = /** @type {Record<string, unknown>} */ (request.query);
    const filter = filterOf(query);
    const beforeText = oneString(query.before);
    const before = beforeText && /^\d{1,15}$/.test(beforeText) ? Number(beforeText) : undefined;
    const listFilter = { kind: typedKind, surveyId: filter.survey, group: filter.group, session: filter.session };
    // One page from the database, newest first; the CSV has them all.
    const shown = await storage.list({ ...listFilter, limit: PAGE_SIZE, before });
    const total = await storage.count(listFilter);
    const last = shown.at(-1);
    const definition = typedKind === 'survey' && filter.survey ? loadDefinition(surveyDefinitionsDir, filter.survey) : undefined;
    const filterText = [filter.survey, filter.group, filter.session && `tapaaminen ${filter.session}`].filter(Boolean).join(', ');
    return sendPage(
      reply,
      listPage({
        kind: typedKind,
        table: await tableOf(typedKind, shown, { definition, answerColumns: PAGE_ANSWER_COLUMNS }),
        total,
        filter: { survey: filter.survey, group: filter.group, session: filter.session?.toString() },
        filterText,
        paging: { first: before === undefined, next: shown.length === PAGE_SIZE && last ? last.seq : undefined },
      }),
    );
  });

  app.get('/admin/export.csv', async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query);
    const kind = oneString(query.kind) ?? '';
    if (!KINDS.has(kind)) return sendProblem(reply, problem(400, 'bad-request', 'kind must be signup, survey or reflection'));
    const typedKind = /** @type {'signup' | 'survey' | 'reflection'} */ (kind);
    const filter = filterOf(query);
    const submissions = await storage.list({ kind: typedKind, surveyId: filter.survey, group: filter.group, session: filter.session });
    const definition = typedKind === 'survey' && filter.survey ? loadDefinition(surveyDefinitionsDir, filter.survey) : undefined;
    const { columns, rows } = await tableOf(typedKind, submissions, { definition, answerColumns: CSV_ANSWER_COLUMNS });
    const delimiter = oneString(query.sep) === 'semicolon' ? ';' : ',';
    const name = [kind, filter.survey, filter.group, filter.session].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_');
    reply.header('Content-Disposition', `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`);
    return reply.type('text/csv; charset=utf-8').send(await toCsv(columns.map((column) => column.key), rows, delimiter));
  });

  app.get('/admin/survey', async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query);
    const surveyId = oneString(query.id) ?? '';
    const { group, session } = filterOf(query);
    const everything = await storage.list({ kind: 'survey', surveyId });
    const submissions = everything.filter(
      (submission) => (group === undefined || submission.data.group === group) && (session === undefined || submission.data.session === session),
    );
    const definition = loadDefinition(surveyDefinitionsDir, surveyId);
    const facets = {
      groups: [...new Set(everything.map((s) => s.data.group).filter((value) => typeof value === 'string'))].sort(),
      sessions: [...new Set(everything.map((s) => s.data.session).filter((value) => typeof value === 'number'))].sort((a, b) => a - b),
    };
    return sendPage(
      reply,
      surveyPage({
        surveyId,
        count: submissions.length,
        ...(await summarise(submissions, definition)),
        facets,
        filter: { group, session },
        hasDefinition: Boolean(definition),
      }),
    );
  });

  app.get('/admin/erase', async (request, reply) => {
    const query = /** @type {Record<string, unknown>} */ (request.query);
    return sendPage(reply, erasePage({ id: oneString(query.id) }));
  });

  app.post('/admin/erase', async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    // Second step: the ids shown on the confirmation page.
    const confirmed = body.erase === undefined ? [] : [body.erase].flat().map(String);
    if (confirmed.length) {
      const count = await storage.erase(confirmed);
      request.log.info({ count }, 'erased submissions');
      return sendPage(reply, erasedPage(count));
    }
    const email = oneString(body.email)?.trim() || undefined;
    const id = oneString(body.id)?.trim() || undefined;
    if (!email && !id) return sendPage(reply.code(400), erasePage({ message: 'Anna sähköpostiosoite tai tunniste.' }));
    const matches = await storage.findForErasure(id ? { id } : { email });
    if (!matches.length) {
      return sendPage(reply.code(404), erasePage({ email, id, message: 'Mitään ei löytynyt näillä tiedoilla.' }));
    }
    return sendPage(reply, eraseConfirmPage(matches, id ? { id } : { email }));
  });
}
