/**
 * A real HTTP endpoint for the browser tests, served by web-test-runner's own server, so submissions
 * cross a real network stack. Each test works in its own scenario (a random id: the three browsers
 * run at once against one server). A scenario's script says how to answer each POST in turn:
 * a status number or `{ status, body, headers }`.
 *
 *   POST /test-endpoint/<scenario>/script   body: { "responses": [503, 503, 201] }
 *   POST /test-endpoint/<scenario>/submit   answers by the script (201 once it runs out); GET too,
 *                                           e.g. for a list of groups
 *   GET  /test-endpoint/<scenario>/log      what was received: headers and bodies
 *   POST /test-endpoint/<scenario>/offline  body: { "path": "questions/html.", "offline": true }: until
 *                                           posted again with false, every request of a file whose path
 *                                           holds `path`, from the same browser (its User-Agent), fails:
 *                                           the connection drops, as offline
 */
const scenarios = new Map();
/** Files that fail for one browser, as offline: its User-Agent and a part of the path. */
let failing = [];

function scenario(id) {
  if (!scenarios.has(id)) scenarios.set(id, { script: [], log: [] });
  return scenarios.get(id);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(ctx, response) {
  const { status, body, headers = {} } = typeof response === 'number' ? { status: response } : response;
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  if (body !== undefined) {
    ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!headers['Content-Type']) ctx.type = 'application/json';
  } else if (status >= 200 && status < 300) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ id: 'stored' });
  } else {
    ctx.body = '';
  }
}

export async function testEndpoint(ctx, next) {
  const failed = failing.some((each) => each.userAgent === ctx.get('User-Agent') && ctx.path.includes(each.path));
  if (failed && !ctx.path.startsWith('/test-endpoint/')) {
    // The connection drops, as offline: a network error, which no cache keeps (Chromium keeps even an
    // uncacheable 404 in its memory cache over a reload).
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const match = /^\/test-endpoint\/([\w-]+)\/(script|submit|log|offline)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, action] = match;
  const state = scenario(id);
  if (action === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(state.log);
    return;
  }
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  const text = await readBody(ctx.req);
  if (action === 'offline') {
    const { path, offline } = JSON.parse(text);
    const userAgent = ctx.get('User-Agent');
    failing = failing.filter((each) => each.userAgent !== userAgent || each.path !== path);
    if (offline) failing.push({ userAgent, path });
    ctx.status = 204;
    return;
  }
  if (action === 'script') {
    state.script = JSON.parse(text).responses;
    state.log = [];
    ctx.status = 204;
    return;
  }
  const response = state.script.length ? state.script.shift() : 201;
  state.log.push({
    idempotencyKey: ctx.get('Idempotency-Key'),
    contentType: ctx.get('Content-Type'),
    cookie: ctx.get('Cookie'),
    method: ctx.method,
    body: text ? JSON.parse(text) : null,
    answeredWith: typeof response === 'object' ? response.status ?? response : response,
  });
  answer(ctx, response);
}
