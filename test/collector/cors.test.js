// CORS for ALLOWED_ORIGINS only, the per-IP rate limit, and no cookies.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PARTNER, signup, startTestCollector } from './helpers.js';

const preflight = (url, origin) =>
  fetch(`${url}/api/submissions`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
  });

test('a listed origin gets CORS headers allowing Content-Type and Idempotency-Key, without credentials', async (t) => {
  const collector = await startTestCollector(t);
  const response = await preflight(collector.url, PARTNER);
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
  assert.match(response.headers.get('access-control-allow-headers'), /Content-Type/i);
  assert.match(response.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
  assert.match(response.headers.get('access-control-allow-methods'), /POST/);
  assert.equal(response.headers.get('access-control-allow-credentials'), null);
  const post = await collector.post(signup(), { Origin: PARTNER });
  assert.equal(post.status, 201);
  assert.equal(post.headers.get('access-control-allow-origin'), PARTNER);
  assert.equal((await collector.one('SELECT origin FROM submissions')).origin, PARTNER);
});

test('an unlisted origin is refused: preflight and request, with no CORS headers, nothing stored', async (t) => {
  const collector = await startTestCollector(t);
  for (const origin of ['https://evil.example', 'https://partner.example.evil.example', 'null', 'http://partner.example']) {
    const response = await preflight(collector.url, origin);
    assert.equal(response.status, 403, origin);
    assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
    const post = await collector.post(signup(), { Origin: origin });
    assert.equal(post.status, 403, origin);
    assert.equal(post.headers.get('access-control-allow-origin'), null, origin);
    assert.match(post.headers.get('content-type'), /^application\/problem\+json/);
    const groups = await fetch(`${collector.url}/api/groups`, { headers: { Origin: origin } });
    assert.equal(groups.status, 403, origin);
  }
  assert.equal((await collector.one('SELECT count(*) AS n FROM submissions')).n, 0);
});

test('with no ALLOWED_ORIGINS no browser origin may send; requests without Origin still work', async (t) => {
  const collector = await startTestCollector(t, { ALLOWED_ORIGINS: '' });
  assert.equal((await collector.post(signup(), { Origin: PARTNER })).status, 403);
  assert.equal((await collector.post(signup())).status, 201);
});

test('over the per-IP limit: 429 problem+json with Retry-After (the elements queue and wait)', async (t) => {
  const collector = await startTestCollector(t, { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
  const statuses = [];
  let limited;
  for (let index = 0; index < 5; index += 1) {
    const response = await collector.post(signup({ email: `h${index}@example.fi` }), { Origin: PARTNER });
    statuses.push(response.status);
    if (response.status === 429) limited = response;
  }
  assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  assert.match(limited.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(limited.headers.get('access-control-allow-origin'), PARTNER, 'the page can read the 429');
  assert.equal((await limited.json()).status, 429);
});

test('no response sets a cookie', async (t) => {
  const collector = await startTestCollector(t);
  const responses = [
    await collector.post(signup(), { Origin: PARTNER }),
    await fetch(`${collector.url}/api/groups`),
    await collector.admin('/admin'),
    await fetch(`${collector.url}/admin`),
    await fetch(`${collector.url}/nowhere`),
  ];
  for (const response of responses) assert.equal(response.headers.get('set-cookie'), null, response.url);
});
