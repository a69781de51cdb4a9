// examples/twice: the library on one page several times over (test/package/cdn-twice.test.ts checks the
// bare double load; this is the whole page a partner ends up with).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.js';
import { serve, repoRoot, cdnDir } from './support/server.js';
import { answerSurvey, signUp, startTimer, waitForElements, writeReflection } from './support/elements.js';

let server, browser, tab;

before(async () => {
  server = await serve({ mounts: { '/': repoRoot, '/cdn/': cdnDir } });
  browser = await launch();
  tab = await openPage(browser, `${server.origin}/examples/twice/`);
  await waitForElements(tab.page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every copy was loaded: the per-element file, the bundle, and the bundle under another address', () => {
  const scripts = server.requests.filter((request) => /^GET \/cdn\/[^/]+$/.test(request));
  assert.deepEqual(scripts.sort(), ['GET /cdn/survey.js', 'GET /cdn/vertaistuki.js', 'GET /cdn/vertaistuki.js?ver=2']);
});

test('nothing thrown or logged, and no second version seen', async () => {
  assert.deepEqual(tab.problems, []);
  // The registry appears only when a copy meets another version of the library.
  const registry = await tab.page.evaluate(() => globalThis[Symbol.for('vertaistuki-widgets')] ?? null);
  assert.ok(registry === null || registry.versions.length === 1, JSON.stringify(registry));
});

test('each tag has one definition and every element on the page is an instance of it', async () => {
  const upgraded = await tab.page.evaluate(() =>
    [...document.querySelectorAll('vt-config, vt-survey, vt-group-signup, vt-reflection-card, vt-phase-timer')].map(
      (element) => element instanceof customElements.get(element.localName),
    ),
  );
  assert.deepEqual(upgraded, [true, true, true, true, true]);
});

// Which copy defines `vt-survey` is a race: each entry waits for its own chunk with a top-level await
// (rollup.config.js `cdnEntry`), so the bundle's may arrive first. Either way the one `<vt-config>` reaches
// the survey; when the copies differ (the usual case), through two copies of Lit.
test('the survey comes from survey.js or the bundle and <vt-config> from the bundle: one config either way', async (t) => {
  const twoCopies = await tab.page.evaluate(() => {
    const litElementOf = (tag) => Object.getPrototypeOf(customElements.get(tag));
    return litElementOf('vt-survey') !== litElementOf('vt-config');
  });
  t.diagnostic(twoCopies ? 'vt-survey from survey.js: two copies of Lit' : 'vt-survey from the bundle this time');
  await answerSurvey(tab.page);
  const [survey] = server.submissions.filter(({ envelope }) => envelope.schema === 'vt.survey/1');
  assert.equal(survey?.envelope.programme, 'kestava-keikkatyo');
});

test('the other elements work', async () => {
  await signUp(tab.page);
  assert.equal(server.submissions.filter(({ envelope }) => envelope.schema === 'vt.signup/1').length, 1);
  await writeReflection(tab.page, 'Kahdesti ladattu, kerran tallennettu.');
  await startTimer(tab.page);
  assert.deepEqual(tab.problems, []);
});
