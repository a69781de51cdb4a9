// Smaller findings of the hostile review (issue 21): slow clients, proxies, rate-limit buckets, the
// scope of CORS, and what the request log keeps.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../../collector/config.js';
import { PARTNER, TOKEN, signup, startTestCollector } from './helpers.js';

test('a client that sends its body slowly is cut off after REQUEST_TIMEOUT_SECONDS', async (t) => {
  const collector = await startTestCollector(t, { REQUEST_TIMEOUT_SECONDS: '1' });
  const { port } = new URL(collector.url);
  const socket = connect(Number(port), '127.0.0.1');
  t.after(() => socket.destroy());
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write('POST /api/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
  const drip = setInterval(() => socket.write(' '), 200); // never idle, never done
  t.after(() => clearInterval(drip));
  const started = performance.now();
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  // Without a timeout the socket would stay open for ever: give up (and fail) after 6 s.
  const giveUp = setTimeout(() => socket.destroy(), 6000);
  await new Promise((resolve) => socket.once('close', resolve));
  clearTimeout(giveUp);
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 4, `closed after ${seconds.toFixed(1)} s`);
  assert.match(answer, /^HTTP\/1\.1 408/);
});

test('TRUST_PROXY=true is refused (any client could choose its address); a hop count or addresses are taken', () => {
  assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY=true/);
  assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
  assert.equal(loadConfig({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }).trustProxy, '127.0.0.1,10.0.0.0/8');
  assert.equal(loadConfig({}).trustProxy, false);
});

test('with TRUST_PROXY=1 a client cannot dodge the rate limit with its own X-Forwarded-For', async (t) => {
  const collector = await startTestCollector(t, { TRUST_PROXY: '1', RATE_LIMIT_MAX: '3' });
  const statuses = [];
  for (let i = 0; i < 5; i += 1) {
    // The proxy appends the address it saw; the client wrote the first one itself.
    const response = await fetch(`${collector.url}/api/groups`, { headers: { 'X-Forwarded-For': `10.0.0.${i}, 192.0.2.7` } });
    statuses.push(response.status);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
});

test('a flood of the public API does not lock the coordinator out of /admin, nor monitoring out of /healthz', async (t) => {
  const collector = await startTestCollector(t, { RATE_LIMIT_MAX: '3' });
  for (let i = 0; i < 3; i += 1) assert.equal((await fetch(`${collector.url}/api/groups`)).status, 200);
  const limited = await fetch(`${collector.url}/api/groups`);
  assert.equal(limited.status, 429);
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  assert.equal((await collector.post(signup())).status, 429, 'the whole API shares one allowance');
  assert.equal((await collector.admin('/admin')).status, 200);
  assert.equal((await fetch(`${collector.url}/healthz`)).status, 200);
});

test('CORS is answered under /api only: no preflight for the admin pages', async (t) => {
  const collector = await startTestCollector(t);
  for (const path of ['/admin/erase', '/admin', '/healthz']) {
    const response = await fetch(`${collector.url}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: PARTNER, 'Access-Control-Request-Method': 'POST', Authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(response.headers.get('access-control-allow-origin'), null, path);
    assert.notEqual(response.status, 204, path);
  }
  const api = await fetch(`${collector.url}/api/submissions`, {
    method: 'OPTIONS',
    headers: { Origin: PARTNER, 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(api.status, 204);
  assert.equal(api.headers.get('access-control-allow-origin'), PARTNER);
});

test('the request log keeps method, path and status, never the query string', async (t) => {
  const lines = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const collector = await startTestCollector(t, { LOG_LEVEL: 'info' }, { logStream });
  await collector.admin('/admin/submissions/signup?group=salainen-ryhma&survey=salainen@example.fi');
  await fetch(`${collector.url}/api/groups?email=aino@example.fi`);
  const log = lines.join('\n');
  assert.match(log, /\/admin\/submissions\/signup/);
  assert.match(log, /"statusCode":200/);
  assert.doesNotMatch(log, /salainen|aino@example/);
  assert.doesNotMatch(log, new RegExp(TOKEN));
});
