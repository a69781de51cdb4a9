import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { adminRoutes } from './admin/routes.js';
import { groupsFile } from './groups.js';
import { problem, sendProblem, ProblemError } from './problems.js';
import { KINDS, validate } from './validation.js';

/**
 * The collector as a Fastify instance, without listening: `server.js` listens, tests use port 0.
 *
 * @typedef {object} AppOptions
 * @property {import('./config.js').CollectorConfig} config
 * @property {import('./storage/index.js').Storage} storage
 * @property {Buffer} adminTokenHash
 */

/** JSON with sorted keys: the same envelope always gives the same fingerprint. */
function canonical(/** @type {unknown} */ value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(/** @type {any} */ (value)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Which rate-limit count a request is in: the admin pages, the health checks, or the public API.
 * @param {string} url
 */
function rateLimitBucket(url) {
  const path = url.split('?')[0] ?? '';
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  if (path === '/healthz' || path === '/readyz') return 'health';
  return 'api';
}

/** @param {AppOptions} options */
export async function buildApp({ config, storage, adminTokenHash }) {
  const app = Fastify({
    logger: config.logLevel
      ? {
          level: config.logLevel,
          ...(config.logStream ? { stream: config.logStream } : {}),
          // Method and path only: a query string can carry personal data (?group=…, an email).
          serializers: {
            req: (request) => ({ method: request.method, path: request.url.split('?')[0] }),
          },
        }
      : false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // A request must arrive whole in time: slow clients (or an attack) must not hold sockets forever.
    // Node only enforces it when given to the server at creation (`http`), where we also check every
    // second rather than every 30 s.
    requestTimeout: config.requestTimeoutMs,
    http: { requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: 1000 },
    // A request arriving while the server shuts down gets 503: the elements keep it in their outbox.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  const allowed = new Set(config.allowedOrigins);
  const groups = groupsFile(config.groupsFile, app.log);
  groups.configured(); // a missing or malformed groups file stops the start, with the reason

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem);
    const err = /** @type {import('fastify').FastifyError} */ (error);
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, problem(413, 'too-large', 'Submission too large', { detail: `The limit is ${config.bodyLimit} bytes.` }));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, problem(400, 'malformed-json', 'Malformed JSON', { detail: 'The body is not valid JSON.' }));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, problem(415, 'unsupported-media-type', 'Send application/json'));
      default:
        break;
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      request.log.error(error);
      return sendProblem(reply, problem(500, 'internal', 'Internal error'));
    }
    return sendProblem(reply, problem(status, 'bad-request', err.message));
  });

  app.setNotFoundHandler((_request, reply) => sendProblem(reply, problem(404, 'not-found', 'Not found')));

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  // Never a cookie, whatever a plugin might want.
  app.addHook('onSend', async (_request, reply) => {
    reply.removeHeader('Set-Cookie');
  });

  if (config.rateLimit.max > 0) {
    await app.register(rateLimit, {
      max: config.rateLimit.max,
      timeWindow: config.rateLimit.windowMs,
      // The public API, the admin pages and /healthz count apart, so that a flood of the API (from a
      // shared venue address, or an attacker behind the same proxy) does not lock out the coordinator
      // or make monitoring think the collector is down.
      keyGenerator: (request) => `${rateLimitBucket(request.url)} ${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        new ProblemError(
          problem(429, 'rate-limited', 'Too many requests', { detail: `Try again in ${Math.ceil(context.ttl / 1000)} s.` }),
        ),
    });
  }

  // For load balancers and monitoring: /healthz says the process is up, /readyz that it can store
  // (the database answers and is migrated). A process whose database is away is taken out of rotation.
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (request, reply) => {
    try {
      await storage.ready();
      return { ok: true };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      return sendProblem(reply, problem(503, 'not-ready', 'The database does not answer'));
    }
  });

  // The partner-facing API, under /api: CORS for the configured origins only, and nowhere else (the
  // prefix also scopes the CORS plugin's OPTIONS route, which would otherwise answer on every path).
  await app.register(async (api) => {
    // The contract sends application/json only; a text/plain body is what a cross-site form would send.
    api.removeContentTypeParser('text/plain');
    // A browser request from an origin that is not configured is refused outright (also a preflight),
    // rather than answered without CORS headers: the page's console then says why.
    api.addHook('onRequest', async (request, reply) => {
      const origin = request.headers.origin;
      reply.header('Cache-Control', 'no-store');
      if (origin !== undefined && !allowed.has(origin)) {
        reply.header('Vary', 'Origin');
        return sendProblem(reply, problem(403, 'origin-not-allowed', 'Origin not allowed', { detail: `${origin} is not in ALLOWED_ORIGINS.` }));
      }
    });
    await api.register(cors, {
      origin: [...allowed],
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Idempotency-Key'],
      exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
      credentials: false,
      maxAge: 600,
    });

    /**
     * The seats a signup's group still has for the collector to give: none when closed, capacity less
     * those reserved elsewhere; undefined when the group has no capacity or is not in the groups file.
     * @param {Record<string, any>} envelope
     */
    const seatLimitFor = (envelope) => {
      if (envelope.schema !== 'vt.signup/1') return undefined;
      const group = groups.configured().find((candidate) => candidate.value === envelope.data.group);
      if (!group) return undefined;
      if (group.closed) return 0;
      return group.capacity === undefined ? undefined : Math.max(0, group.capacity - (group.reserved ?? 0));
    };

    api.post('/submissions', async (request, reply) => {
      const envelope = /** @type {Record<string, any>} */ (request.body);
      const errors = validate(envelope);
      if (errors.length) {
        return sendProblem(
          reply,
          problem(422, 'validation', 'Invalid submission', {
            detail: errors.map((error) => `${error.pointer || '/'}: ${error.detail}`).join('; '),
            errors,
          }),
        );
      }
      const key = request.headers['idempotency-key'];
      if (key !== undefined && key !== envelope.id) {
        return sendProblem(
          reply,
          problem(400, 'idempotency-key', 'Idempotency-Key must be the envelope id', {
            errors: [{ pointer: '/id', detail: 'must equal the Idempotency-Key header' }],
          }),
        );
      }
      const receivedAt = new Date().toISOString();
      const result = await storage.save(
        {
          id: envelope.id,
          fingerprint: createHash('sha256').update(canonical(envelope)).digest('hex'),
          kind: KINDS[/** @type {keyof typeof KINDS} */ (envelope.schema)],
          envelope,
          origin: request.headers.origin ?? null,
          receivedAt,
          seatLimit: seatLimitFor(envelope),
        },
        { status: 201, body: { id: envelope.id, receivedAt } },
      );
      if (result.outcome === 'key-reused') {
        return sendProblem(
          reply,
          problem(422, 'idempotency-key-reused', 'Idempotency-Key already used for another submission', {
            errors: [{ pointer: '/id', detail: 'was already used for a different submission' }],
          }),
        );
      }
      if (result.outcome === 'replayed') reply.header('Idempotent-Replayed', 'true');
      return reply.code(result.answer.status).send(result.answer.body);
    });

    api.get('/groups', async () => groups.published(await storage.signupCounts()));
  }, { prefix: '/api' });

  await app.register(adminRoutes, {
    storage,
    groups,
    tokenHash: adminTokenHash,
    surveyDefinitionsDir: config.surveyDefinitionsDir,
  });

  return app;
}
