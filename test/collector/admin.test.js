// The admin pages: the token, escaping, CSV, erasure, the survey summary, the CSP.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { test } from 'node:test';
import { csvCell, toCsv } from '../../collector/admin/csv.js';
import { PARTNER, TOKEN, signup, startTestCollector, survey } from './helpers.js';

const form = (fields) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

test('admin without the token is 401 and shows nothing stored', async (t) => {
  const collector = await startTestCollector(t);
  await collector.post(signup({ name: 'Salainen Nimi' }));
  for (const path of ['/admin', '/admin/submissions/signup', '/admin/export.csv?kind=signup', '/admin/survey?id=x', '/admin/erase']) {
    const response = await fetch(`${collector.url}${path}`);
    assert.equal(response.status, 401, path);
    assert.match(response.headers.get('www-authenticate'), /Basic/);
    assert.doesNotMatch(await response.text(), /Salainen/);
  }
  const html = await fetch(`${collector.url}/admin`, { headers: { Accept: 'text/html' } });
  assert.equal(html.status, 401);
  assert.match(await html.text(), /ylläpitotunnus/);
  const wrong = await fetch(`${collector.url}/admin`, { headers: { Authorization: 'Bearer wrong-token-wrong-token' } });
  assert.equal(wrong.status, 401);
  const erase = await fetch(`${collector.url}/admin/erase`, form({ email: 'aino@example.fi' }));
  assert.equal(erase.status, 401);
});

test('the token works as Bearer and as the Basic password; never from the query string', async (t) => {
  const collector = await startTestCollector(t);
  assert.equal((await collector.admin('/admin')).status, 200);
  const basic = Buffer.from(`admin:${TOKEN}`).toString('base64');
  assert.equal((await fetch(`${collector.url}/admin`, { headers: { Authorization: `Basic ${basic}` } })).status, 200);
  assert.equal((await fetch(`${collector.url}/admin?token=${TOKEN}`)).status, 401);
});

test('an unset ADMIN_TOKEN is generated once, printed once, and stored only as a hash', async (t) => {
  const collector = await startTestCollector(t, { ADMIN_TOKEN: '' });
  const line = collector.lines.find((text) => text.includes('Admin token'));
  const token = /: (\S+)$/.exec(line)?.[1];
  assert.ok(token && token.length >= 40);
  const stored = (await collector.one("SELECT value FROM settings WHERE name = 'admin_token_sha256'")).value;
  assert.match(stored, /^[0-9a-f]{64}$/);
  assert.notEqual(stored, token);
  const response = await fetch(`${collector.url}/admin`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
});

test('a <script> typed into a name shows as text on the admin pages', async (t) => {
  const collector = await startTestCollector(t);
  const attack = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
  await collector.post(signup({ name: attack, organisation: '"><svg onload=alert(1)>' }));
  await collector.post(survey({ mostUseful: attack, [`<b>kysymys</b>`]: 'x' }, { surveyId: '<i>kysely</i>' }));
  for (const path of ['/admin', '/admin/submissions/signup', '/admin/submissions/survey', `/admin/survey?id=${encodeURIComponent('<i>kysely</i>')}`]) {
    const page = await (await collector.admin(path)).text();
    assert.doesNotMatch(page, /<script>alert/, path);
    assert.doesNotMatch(page, /<img src=x/, path);
    assert.doesNotMatch(page, /<svg onload/, path);
    assert.doesNotMatch(page, /<i>kysely<\/i>/, path);
  }
  const list = await (await collector.admin('/admin/submissions/signup')).text();
  assert.match(list, /&lt;script&gt;alert\(&quot;xss&quot;\)&lt;\/script&gt;/);
  const summary = await (await collector.admin(`/admin/survey?id=${encodeURIComponent('<i>kysely</i>')}`)).text();
  assert.match(summary, /&lt;script&gt;alert/);
  assert.match(summary, /&lt;b&gt;kysymys&lt;\/b&gt;/);
});

test('admin pages are sent with a strict CSP and carry no script at all', async (t) => {
  const collector = await startTestCollector(t);
  await collector.post(survey());
  for (const path of ['/admin', '/admin/submissions/survey', '/admin/survey?id=tapaamispalaute', '/admin/erase']) {
    const response = await collector.admin(path);
    const csp = response.headers.get('content-security-policy');
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.doesNotMatch(page, /<script|\son[a-z]+=|style=/i, path);
  }
  const css = await fetch(`${collector.url}/admin/admin.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type'), /text\/css/);
});

test('lists per kind and per survey', async (t) => {
  const collector = await startTestCollector(t);
  await collector.post(survey({}, { surveyId: 'kysely-a' }));
  await collector.post(survey({ mostUseful: 'Vain B:ssä' }, { surveyId: 'kysely-b' }));
  await collector.post(signup({ name: 'Ilmoittautuja' }));
  const overview = await (await collector.admin('/admin')).text();
  assert.match(overview, /kysely-a/);
  assert.match(overview, /kysely-b/);
  const onlyA = await (await collector.admin('/admin/submissions/survey?survey=kysely-a')).text();
  assert.doesNotMatch(onlyA, /Vain B:ssä/);
  assert.doesNotMatch(onlyA, /Ilmoittautuja/);
  const onlyB = await (await collector.admin('/admin/submissions/survey?survey=kysely-b')).text();
  assert.match(onlyB, /Vain B:ssä/);
});

test('CSV export neutralises cells a spreadsheet would run as formulas', async (t) => {
  const collector = await startTestCollector(t);
  await collector.post(signup({ name: '=HYPERLINK("http://evil.example","klikkaa")', organisation: '+358 40 123', hopes: '@SUM(A1)' }));
  await collector.post(signup({ name: '-2+3+cmd|/C calc!A0', organisation: 'Oy "Lainaus", Ab', email: 'toka@example.fi' }));
  const response = await collector.admin('/admin/export.csv?kind=signup');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/csv/);
  assert.match(response.headers.get('content-disposition'), /attachment; filename="signup-/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark, for Excel');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  assert.ok(text.startsWith('\uFEFFreceivedAt,id,group'));
  assert.match(text, /,"'=HYPERLINK\(""http:\/\/evil.example"",""klikkaa""\)",/);
  assert.match(text, /,\+358 40 123,/, 'a phone number stays as it was typed');
  assert.match(text, /,'@SUM\(A1\),/);
  assert.match(text, /,'-2\+3\+cmd\|\/C calc!A0,/);
  assert.match(text, /,"Oy ""Lainaus"", Ab",/);
  for (const line of text.split('\r\n').slice(1)) {
    for (const cell of line.split(',')) if (!/^\+358/.test(cell)) assert.doesNotMatch(cell, /^"?[=+\-@]/, cell);
  }
  const semicolon = await (await collector.admin('/admin/export.csv?kind=signup&sep=semicolon')).text();
  assert.match(semicolon, /^receivedAt;id;group/);
});

test('csv cells: numbers stay numbers, leading spaces and tabs do not hide a formula', async () => {
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell('  =1+1'), "'  =1+1");
  assert.equal(csvCell('\t=1+1'), "'\t=1+1");
  assert.equal(csvCell('rivi\nrivi'), '"rivi\nrivi"');
  assert.equal(csvCell(null), '');
  assert.equal(await toCsv(['a'], [['=x']]), "\uFEFFa\r\n'=x\r\n");
});

test('csv cells: phone numbers stay as typed; fullwidth and zero-width formula starts are neutralised', () => {
  for (const phone of ['+358 40 123 4567', '+358401234567', '-3', '(09) 123-456', '040 123 4567']) assert.equal(csvCell(phone), phone);
  assert.equal(csvCell('\uFF1DHYPERLINK("http://evil.example")'), '"\'\uFF1DHYPERLINK(""http://evil.example"")"');
  assert.equal(csvCell('\u200B=1+1'), "'\u200B=1+1");
  assert.equal(csvCell('\uFEFF@SUM(A1)'), "'\uFEFF@SUM(A1)");
  assert.equal(csvCell('+358 40 =1+1'), "'+358 40 =1+1");
  assert.equal(csvCell('+1+cmd|/C calc!A0'), "'+1+cmd|/C calc!A0");
});

test("erasure removes one person's signups by email, and a late copy from an outbox is not stored again", async (t) => {
  const collector = await startTestCollector(t);
  const first = signup({ email: 'Poistettava@Example.fi', name: 'Poistettava Henkilö' });
  const second = signup({ email: 'poistettava@example.fi', group: 'avoin', name: 'Poistettava Henkilö' });
  const other = signup({ email: 'jaa@example.fi', name: 'Jää Tänne' });
  for (const envelope of [first, second, other]) await collector.post(envelope);

  const confirm = await collector.admin('/admin/erase', form({ email: 'POISTETTAVA@example.fi' }));
  assert.equal(confirm.status, 200);
  const confirmPage = await confirm.text();
  assert.match(confirmPage, /Poistettava Henkilö/);
  assert.doesNotMatch(confirmPage, /Jää Tänne/);
  const ids = [...confirmPage.matchAll(/name="erase" value="([^"]+)"/g)].map((match) => match[1]).sort();
  assert.deepEqual(ids, [first.id, second.id].sort());
  assert.equal((await collector.one('SELECT count(*) AS n FROM submissions')).n, 3, 'nothing erased before confirming');

  const done = await collector.admin('/admin/erase', form(ids.map((id) => ['erase', id])));
  assert.equal(done.status, 200);
  assert.match(await done.text(), /2 lähetystä poistettu/);
  const left = (await collector.sql('SELECT data FROM submissions')).map((row) => JSON.parse(row.data).name);
  assert.deepEqual(left, ['Jää Tänne']);
  const keys = (await collector.sql('SELECT key, fingerprint FROM idempotency_keys WHERE key IN (?, ?)', first.id, second.id));
  assert.equal(keys.length, 2);
  assert.ok(keys.every((key) => key.fingerprint === null));
  assert.equal((await collector.one('SELECT count FROM erasure_log')).count, 2);

  const late = await collector.post(first);
  assert.equal(late.status, 201);
  assert.equal((await collector.one('SELECT count(*) AS n FROM submissions WHERE id = ?', first.id)).n, 0);
  const csv = await (await collector.admin('/admin/export.csv?kind=signup')).text();
  assert.doesNotMatch(csv, /Poistettava/);
});

test('erasure by submission id; unknown ids and cross-site form posts do nothing', async (t) => {
  const collector = await startTestCollector(t);
  const sent = signup();
  await collector.post(sent);
  const missing = await collector.admin('/admin/erase', form({ id: 'ei-ole' }));
  assert.equal(missing.status, 404);
  const crossSite = await collector.admin('/admin/erase', { ...form({ erase: sent.id }), headers: { ...form({}).headers, Origin: PARTNER } });
  assert.equal(crossSite.status, 403);
  const fetchSite = await collector.admin('/admin/erase', { ...form({ erase: sent.id }), headers: { ...form({}).headers, 'Sec-Fetch-Site': 'cross-site' } });
  assert.equal(fetchSite.status, 403);
  assert.equal((await collector.one('SELECT count(*) AS n FROM submissions')).n, 1);
  const byId = await (await collector.admin('/admin/erase', form({ id: sent.id }))).text();
  assert.match(byId, new RegExp(`name="erase" value="${sent.id}"`));
  const sameOrigin = await collector.admin('/admin/erase', {
    ...form({ erase: sent.id }),
    headers: { ...form({}).headers, Origin: collector.url, 'Sec-Fetch-Site': 'same-origin' },
  });
  assert.equal(sameOrigin.status, 200);
  assert.equal((await collector.one('SELECT count(*) AS n FROM submissions')).n, 0);
});

test('the survey summary counts each question and draws it as an inline SVG bar chart', async (t) => {
  const collector = await startTestCollector(t);
  const answers = [
    { climateOpen: 5, groupSize: 'right', format: ['online'], outcomes: { tools: 4, notAlone: 5 }, mostUseful: 'Vertaisten kokemukset laskutuksesta.' },
    { climateOpen: 4, groupSize: 'right', format: ['online', 'hybrid'], outcomes: { tools: 5 } },
    { climateOpen: 5, groupSize: 'tooSmall', mostUseful: 'Että en ole yksin.' },
  ];
  for (const answer of answers) await collector.post(survey(answer, { surveyId: 'palaute', session: 2 }));
  await collector.post(survey({ climateOpen: 1 }, { surveyId: 'toinen' }));
  const page = await (await collector.admin('/admin/survey?id=palaute')).text();
  assert.match(page, /3 vastausta/);
  const section = (name) => page.split('<section class="question"').find((part) => part.includes(`<code>${name}</code>`));
  const climate = section('climateOpen');
  assert.match(climate, /<svg class="chart"/);
  assert.match(climate, /keskiarvo 4,67/);
  assert.match(climate, /<th scope="row">5<\/th><td class="num">2<\/td>/);
  assert.match(climate, /<th scope="row">4<\/th><td class="num">1<\/td>/);
  assert.match(climate, /<rect class="chart-bar"/);
  assert.match(section('groupSize'), /<th scope="row">right<\/th><td class="num">2<\/td>/);
  assert.match(section('format'), /<th scope="row">online<\/th><td class="num">2<\/td>/);
  assert.match(section('outcomes'), /<h3>tools<\/h3>/);
  assert.match(section('mostUseful'), /<li>Että en ole yksin.<\/li>/);
  assert.doesNotMatch(page, /<th scope="row">1<\/th><td class="num">1<\/td>/, 'another survey is not counted');
});

test('the erase form posts as browsers send them: Origin null, or https behind a TLS proxy, are our own', async (t) => {
  const collector = await startTestCollector(t);
  const host = new URL(collector.url).host;
  const erase = async (headers) => {
    const sent = signup();
    await collector.post(sent);
    const response = await collector.admin('/admin/erase', { ...form({ erase: sent.id }), headers: { ...form({}).headers, ...headers } });
    return response.status;
  };
  // Chromium under Referrer-Policy: no-referrer (a page that set it, or an older admin page in a tab).
  assert.equal(await erase({ Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }), 200);
  // Behind a proxy that terminates TLS, without TRUST_PROXY: the browser says https, we see http.
  assert.equal(await erase({ Origin: `https://${host}`, 'Sec-Fetch-Site': 'same-origin' }), 200);
  assert.equal(await erase({ Origin: `https://${host}` }), 200, 'an older browser without Sec-Fetch-Site');
  // Attacks stay refused, whatever the Origin says.
  assert.equal(await erase({ Origin: collector.url, 'Sec-Fetch-Site': 'same-site' }), 403);
  assert.equal(await erase({ Origin: 'null' }), 403, 'an opaque origin without Sec-Fetch-Site');
  assert.equal(await erase({ Origin: `http://${host.replace(/:\d+$/, ':1')}` }), 403, 'another port');
  // The admin pages keep the Origin for their own posts and send no referrer elsewhere.
  const page = await collector.admin('/admin/erase');
  assert.equal(page.headers.get('referrer-policy'), 'same-origin');
  assert.match(await page.text(), /<meta name="referrer" content="same-origin">/);
});

test('question names such as constructor or toString are counted as answered only where they were', async (t) => {
  const collector = await startTestCollector(t);
  const inherited = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
  // (mostUseful without commas, so that the CSV splits on commas below)
  await collector.post(survey({ constructor: 'kyllä', toString: 3, mostUseful: 'Vertaiset' }, { surveyId: 'nimet' }));
  await collector.post(survey({ valueOf: 'ei', mostUseful: 'Kokemukset' }, { surveyId: 'nimet' }));
  await collector.post(survey({ mostUseful: 'Ryhmä' }, { surveyId: 'nimet' }));
  const page = await (await collector.admin('/admin/survey?id=nimet')).text();
  assert.doesNotMatch(page, /native code|\[object Object\]/);
  const section = (name) => page.split('<section class="question"').find((part) => part.includes(`<code>${name}</code>`));
  assert.match(section('constructor'), /1 vastannut/);
  assert.match(section('toString'), /1 vastannut/);
  assert.match(section('valueOf'), /1 vastannut/);
  assert.equal(section('hasOwnProperty'), undefined, 'nobody answered it');
  assert.match(section('climateOpen'), /3 vastannut/);
  for (const path of ['/admin/submissions/survey?survey=nimet', '/admin/export.csv?kind=survey&survey=nimet']) {
    const text = await (await collector.admin(path)).text();
    assert.doesNotMatch(text, /native code|function /, path);
  }
  const csv = (await (await collector.admin('/admin/export.csv?kind=survey&survey=nimet')).text()).split('\r\n');
  const header = csv[0].split(',');
  const column = (name) => csv.slice(1, 4).map((line) => line.split(',')[header.indexOf(`answers.${name}`)]);
  assert.deepEqual(column('constructor').sort(), ['', '', 'kyllä']);
  assert.deepEqual(column('valueOf').sort(), ['', '', 'ei']);
  for (const name of inherited.slice(3)) assert.equal(header.includes(`answers.${name}`), false, name);
});
