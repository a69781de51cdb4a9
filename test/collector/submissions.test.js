// POST /api/submissions against a real collector and a real SQLite file: the submission contract.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envelope, reflection, signup, startTestCollector, survey } from './helpers.js';

const rows = (collector, id) => collector.sql('SELECT * FROM submissions WHERE id = ?', id);
const count = async (collector) => (await collector.one('SELECT count(*) AS n FROM submissions')).n;

test('a valid submission is stored and answered 201 with its id', async (t) => {
  const collector = await startTestCollector(t);
  const sent = signup({ name: 'Aino Virtanen', email: 'Aino@Example.fi' });
  const response = await collector.post(sent);
  assert.equal(response.status, 201);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  assert.equal(response.headers.get('set-cookie'), null);
  const body = await response.json();
  assert.equal(body.id, sent.id);
  assert.ok(Date.parse(body.receivedAt));
  const [row] = await rows(collector, sent.id);
  assert.equal(row.kind, 'signup');
  assert.equal(row.group_value, 'pori');
  assert.equal(row.email, 'aino@example.fi');
  assert.deepEqual(JSON.parse(row.data), sent.data);
  assert.equal(row.page, sent.page);
});

test('each kind is stored under its own kind', async (t) => {
  const collector = await startTestCollector(t);
  for (const sent of [signup(), survey(), reflection()]) {
    assert.equal((await collector.post(sent)).status, 201);
  }
  const kinds = (await collector.sql('SELECT kind FROM submissions ORDER BY seq')).map((row) => row.kind);
  assert.deepEqual(kinds, ['signup', 'survey', 'reflection']);
  assert.equal((await collector.one("SELECT survey_id FROM submissions WHERE kind = 'survey'")).survey_id, 'tapaamispalaute');
});

test('the same Idempotency-Key again gets the first answer and stores nothing new', async (t) => {
  const collector = await startTestCollector(t);
  const sent = signup();
  const first = await collector.post(sent);
  const firstBody = await first.json();
  const again = await collector.post(sent);
  assert.equal(again.status, 201);
  assert.deepEqual(await again.json(), firstBody);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal((await rows(collector, sent.id)).length, 1);
  assert.equal(await count(collector), 1);
});

test('concurrent copies of one submission store one row and all get the first answer', async (t) => {
  const collector = await startTestCollector(t);
  const sent = survey();
  const responses = await Promise.all(Array.from({ length: 30 }, () => collector.post(sent)));
  const bodies = await Promise.all(responses.map((response) => response.json()));
  assert.deepEqual(new Set(responses.map((response) => response.status)), new Set([201]));
  assert.equal(new Set(bodies.map((body) => body.receivedAt)).size, 1);
  assert.equal(await count(collector), 1);
});

test('200 concurrent submissions are all stored', async (t) => {
  const collector = await startTestCollector(t);
  const sent = Array.from({ length: 200 }, (_, index) =>
    index % 2 ? signup({ email: `osallistuja${index}@example.fi` }) : survey({ climateOpen: (index % 5) + 1 }),
  );
  const responses = await Promise.all(sent.map((envelope) => collector.post(envelope)));
  assert.deepEqual(
    responses.map((response) => response.status),
    sent.map(() => 201),
  );
  assert.equal(await count(collector), 200);
  const ids = new Set((await collector.sql('SELECT id FROM submissions')).map((row) => row.id));
  assert.ok(sent.every((envelope) => ids.has(envelope.id)));
});

test('a key reused for another envelope is refused, and the first one stays', async (t) => {
  const collector = await startTestCollector(t);
  const sent = signup();
  await collector.post(sent);
  const response = await collector.post({ ...sent, data: { ...sent.data, name: 'Joku muu' } });
  assert.equal(response.status, 422);
  assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
  assert.match((await response.json()).type, /idempotency-key-reused$/);
  assert.equal(JSON.parse((await rows(collector, sent.id))[0].data).name, 'Aino Virtanen');
});

test('an Idempotency-Key that is not the envelope id is refused', async (t) => {
  const collector = await startTestCollector(t);
  const response = await collector.post(signup(), { 'Idempotency-Key': '00000000-0000-4000-8000-000000000000' });
  assert.equal(response.status, 400);
  assert.equal(await count(collector), 0);
});

test('a schema-invalid submission is 422 problem+json naming each field, in the envelope language', async (t) => {
  const collector = await startTestCollector(t);
  const sent = signup({ email: 'ei-osoite', consent: false });
  delete sent.data.name;
  const response = await collector.post(sent);
  assert.equal(response.status, 422);
  assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
  const problem = await response.json();
  assert.equal(problem.status, 422);
  assert.equal(problem.title, 'Invalid submission');
  assert.equal(problem.type, 'https://vertaistuki.example/problems/validation');
  const pointers = problem.errors.map((error) => error.pointer).sort();
  assert.deepEqual(pointers, ['/data/consent', '/data/email', '/data/name']);
  const email = problem.errors.find((error) => error.pointer === '/data/email');
  assert.match(email.detail, /sähköposti/i);
  assert.equal(await count(collector), 0);
});

test('English envelopes get English field messages; envelope fields are named too', async (t) => {
  const collector = await startTestCollector(t);
  const sent = survey({}, {});
  sent.locale = 'en';
  sent.page = 'https://partner.example/palaute?email=aino@example.fi';
  sent.data.answers.climateOpen = { nested: { too: 'deep' } };
  const problem = await (await collector.post(sent)).json();
  assert.deepEqual(
    problem.errors.map((error) => error.pointer).sort(),
    ['/data/answers/climateOpen', '/page'],
  );
  assert.ok(problem.errors.every((error) => /^[a-z]/.test(error.detail)));
});

test('a body over 32 KB is 413 and stores nothing', async (t) => {
  const collector = await startTestCollector(t);
  const sent = reflection({ answers: [{ prompt: 'Kysymys', answer: 'x'.repeat(33 * 1024) }] });
  const response = await collector.post(sent);
  assert.equal(response.status, 413);
  assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal((await response.json()).status, 413);
  assert.equal(await count(collector), 0);
});

test('malformed JSON is 400 problem+json', async (t) => {
  const collector = await startTestCollector(t);
  for (const body of ['{"schema": "vt.signup/1",', '']) {
    const response = await collector.post(body);
    assert.equal(response.status, 400, `body ${JSON.stringify(body)}`);
    assert.match(response.headers.get('content-type'), /^application\/problem\+json/);
    assert.match((await response.json()).type, /malformed-json$/);
  }
});

test('a body that is not JSON is 415; prototype pollution is refused', async (t) => {
  const collector = await startTestCollector(t);
  const plain = await collector.post(JSON.stringify(signup()), { 'Content-Type': 'text/plain' });
  assert.equal(plain.status, 415);
  const polluted = await collector.post('{"__proto__": {"admin": true}}');
  assert.equal(polluted.status, 400);
  assert.equal(await count(collector), 0);
});

test('stored exactly as sent, or refused: huge integers, non-http pages, broken identifiers are 422', async (t) => {
  const collector = await startTestCollector(t);
  const refused = async (body, pointer) => {
    const response = await collector.post(body, typeof body === 'string' ? { 'Idempotency-Key': JSON.parse(body.replace(/\\ud800|\\u0000/g, '')).id } : {});
    assert.equal(response.status, 422, `${pointer}: ${response.status}`);
    const problem = await response.json();
    assert.ok(problem.errors.some((error) => error.pointer === pointer), JSON.stringify(problem.errors));
  };
  // 2^53 + 1 would be stored as 2^53: refused, not rounded.
  await refused(JSON.stringify(survey({ big: 0 })).replace('"big":0', '"big":9007199254740993'), '/data/answers/big');
  await refused(JSON.stringify(survey({ huge: 0 })).replace('"huge":0', '"huge":1e400'), '/data/answers/huge');
  await refused(envelope('vt.signup/1', signup().data, { page: 'javascript:alert(1)' }), '/page');
  await refused(envelope('vt.signup/1', signup().data, { page: 'data:text/html,x' }), '/page');
  await refused(JSON.stringify(signup({ group: 'pori-x' })).replace('pori-x', 'pori\\u0000'), '/data/group');
  await refused(JSON.stringify(survey({}, { surveyId: 'kysely-x' })).replace('kysely-x', 'kysely\\ud800'), '/data/surveyId');
  await refused(JSON.stringify(survey({ nimi: 1 })).replace('"nimi"', '"ni\\ud800mi"'), '/data/answers/ni\ud800mi');
  assert.equal(await count(collector), 0);
  // What stays allowed: the largest exact integer, https and http pages, a lone surrogate in free text.
  const fine = survey({ big: 9007199254740991, mostUseful: 'katkennut emoji \ud83d' });
  assert.equal((await collector.post(fine, {})).status, 201);
  assert.equal(JSON.parse((await rows(collector, fine.id))[0].data).answers.big, 9007199254740991);
});

test('a survey answer has at most 300 question names and a matrix at most 100 rows', async (t) => {
  const collector = await startTestCollector(t);
  const names = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, 1]));
  assert.equal((await collector.post(survey({ ...names(297) }))).status, 201, '297 + the 3 in the helper');
  const tooMany = await collector.post(survey(names(298)));
  assert.equal(tooMany.status, 422);
  const problem = await tooMany.json();
  assert.deepEqual(problem.errors, [{ pointer: '/data/answers', detail: 'Enintään 300 kohtaa.' }]);
  const matrix = await collector.post(survey({ m: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`r${i}`, 1])) }));
  assert.equal(matrix.status, 422);
  assert.equal((await matrix.json()).errors[0].pointer, '/data/answers/m');
  assert.equal(await count(collector), 1);
});
