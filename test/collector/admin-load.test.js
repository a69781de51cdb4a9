// The admin pages under a flood of made-up survey questions (hostile review, issue 21): 300 anonymous
// survey answers, each with 300 question names of its own, is one minute of one address's rate
// allowance. Every admin page must stay small and quick, and the partner-facing API must keep answering
// meanwhile (Node runs one request at a time: a slow page stalls every partner page).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { startTestCollector, survey } from './helpers.js';

const SURVEYS = 300;
const NAMES = 297; // + the helper's 3 = 300, the most a survey answer may carry

/** @param {number} i */
function hostileSurvey(i) {
  /** @type {Record<string, unknown>} */
  const answers = {};
  for (let j = 0; j < NAMES; j += 1) {
    const name = `q-${i}-${j}-${randomUUID().slice(0, 8)}`;
    answers[name] = j % 3 === 0 ? j : j % 3 === 1 ? `valinta-${j}` : `vapaa teksti ${j} <b>`;
  }
  return survey(answers, { surveyId: 'hyokkays' });
}

/**
 * Fetches `path` and meanwhile polls GET /api/groups, as partner pages would.
 * @param {Awaited<ReturnType<typeof startTestCollector>>} collector
 * @param {string} path
 */
async function measure(collector, path) {
  let done = false;
  let slowestGroups = 0;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${collector.url}/api/groups`);
      await response.arrayBuffer();
      assert.equal(response.status, 200);
      slowestGroups = Math.max(slowestGroups, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const started = performance.now();
  const response = await collector.admin(path);
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - started;
  done = true;
  await poll;
  assert.equal(response.status, 200, path);
  return { ms, bytes, slowestGroups };
}

test('300 surveys with 300 made-up questions each: every admin page under 2 s and 5 MB, the API under 500 ms', async (t) => {
  const collector = await startTestCollector(t);
  let storedBytes = 0;
  const queue = Array.from({ length: SURVEYS }, (_, i) => hostileSurvey(i));
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const response = await collector.post(next);
        assert.equal(response.status, 201);
        storedBytes += JSON.stringify(next).length;
      }
    }),
  );
  const oneTooMany = hostileSurvey(0);
  oneTooMany.data.answers['yksi-liikaa'] = 1;
  assert.equal((await collector.post(oneTooMany)).status, 422, 'a 301st name is refused');

  // Timings on a shared 2-core machine (other tests run browsers meanwhile) have spikes: each page gets
  // up to three tries, and the best counts. Before the fix a page took 36 s every time.
  const bestOf3 = async (/** @type {string} */ path, /** @type {(m: Awaited<ReturnType<typeof measure>>) => boolean} */ good) => {
    let best;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const measured = await measure(collector, path);
      t.diagnostic(`${path} (try ${attempt}): ${Math.round(measured.ms)} ms, ${(measured.bytes / 1e6).toFixed(2)} MB; /api/groups meanwhile at most ${Math.round(measured.slowestGroups)} ms`);
      if (!best || measured.ms + measured.slowestGroups < best.ms + best.slowestGroups) best = measured;
      if (good(measured)) return measured;
    }
    return /** @type {NonNullable<typeof best>} */ (best);
  };

  for (const path of ['/admin', '/admin/submissions/survey', '/admin/submissions/survey?survey=hyokkays', '/admin/survey?id=hyokkays']) {
    const { ms, bytes, slowestGroups } = await bestOf3(path, (m) => m.ms < 2000 && m.bytes < 5e6 && m.slowestGroups < 500);
    assert.ok(ms < 2000, `${path} took ${ms} ms`);
    assert.ok(bytes < 5e6, `${path} is ${bytes} bytes`);
    assert.ok(slowestGroups < 500, `/api/groups took ${slowestGroups} ms during ${path}`);
  }

  // The export has everything, so its size follows what was stored, but never rows times names.
  const csv = await bestOf3('/admin/export.csv?kind=survey', (m) => m.ms < 2000 && m.slowestGroups < 500);
  t.diagnostic(`CSV: ${(csv.bytes / 1e6).toFixed(2)} MB for ${(storedBytes / 1e6).toFixed(2)} MB stored`);
  assert.ok(csv.ms < 2000, `the CSV took ${csv.ms} ms`);
  assert.ok(csv.bytes < 2 * storedBytes, `the CSV is ${csv.bytes} bytes for ${storedBytes} stored`);
  assert.ok(csv.slowestGroups < 500, `/api/groups took ${csv.slowestGroups} ms during the CSV`);

  const list = await (await collector.admin('/admin/submissions/survey')).text();
  assert.match(list, /300 tallennettu; näytetään uusimmat 50/);
  assert.match(list, /href="\/admin\/submissions\/survey\?before=\d+">Vanhemmat/);
  const older = list.match(/\?before=(\d+)/)?.[1];
  const page2 = await (await collector.admin(`/admin/submissions/survey?before=${older}`)).text();
  assert.match(page2, /näytetään 50,/);
  const summary = await (await collector.admin('/admin/survey?id=hyokkays')).text();
  assert.match(summary, /300 vastausta/);
  assert.match(summary, /Lisäksi \d+ kysymystä, joita ei ole määrittelyssä/);
});
