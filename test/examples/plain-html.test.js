// examples/plain-html: the one-script embed a partner pastes into a CMS page, with every element.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support/browser.js';
import { serve, repoRoot, cdnDir } from './support/server.js';
import { answerSurvey, nextEvent, signUp, startTimer, waitForElements, writeReflection } from './support/elements.js';

let server, browser, tab;

before(async () => {
  server = await serve({ mounts: { '/': repoRoot, '/cdn/': cdnDir } });
  browser = await launch();
  tab = await openPage(browser, `${server.origin}/examples/plain-html/`);
  await waitForElements(tab.page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a signup reaches the endpoint from <vt-config>, with its programme, and fires vt-submitted', async () => {
  const submitted = await nextEvent(tab.page, 'vt-submitted');
  await signUp(tab.page);
  const detail = await submitted();
  const signups = server.submissions.filter(({ envelope }) => envelope.schema === 'vt.signup/1');
  assert.equal(signups.length, 1);
  const [{ envelope, idempotencyKey, cookie }] = signups;
  assert.equal(envelope.programme, 'kestava-keikkatyo');
  assert.equal(envelope.locale, 'fi');
  assert.equal(envelope.data.group, 'pori-kevat');
  assert.equal(envelope.data.email, 'maija@example.fi');
  assert.equal(idempotencyKey, envelope.id);
  assert.equal(cookie, undefined);
  assert.equal(detail.envelope.id, envelope.id);
});

test('a survey from the preset is sent with its group and session', async () => {
  await answerSurvey(tab.page);
  const surveys = server.submissions.filter(({ envelope }) => envelope.schema === 'vt.survey/1');
  assert.equal(surveys.length, 1);
  const { data } = surveys[0].envelope;
  assert.equal(data.surveyId, 'peer-group-satisfaction');
  assert.equal(data.group, 'pori-kevat');
  assert.equal(data.session, 1);
  assert.equal(data.answers.climateOpen, 4);
});

test('a reflection is saved on the device only', async () => {
  const before = server.submissions.length;
  const detail = await writeReflection(tab.page, 'Kollega auttoi ensimmäisellä keikalla.');
  assert.equal(detail.persistent, true);
  assert.equal(detail.answers[0].answer, 'Kollega auttoi ensimmäisellä keikalla.');
  const stored = await tab.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vt-reflection:')));
  assert.equal(stored.length, 1);
  assert.equal(server.submissions.length, before);
});

test('the timer starts and shows the default agenda', async () => {
  const { time } = await startTimer(tab.page);
  assert.match(time, /^(\D+:\s*)?(19:5\d|20:00)$/);
  assert.equal(await tab.page.locator('vt-phase-timer [part="timeline"] li').count(), 6);
});

test('nothing went wrong: no errors, warnings, CSP reports or third-party requests', async () => {
  assert.deepEqual(tab.problems, []);
});

test('the library adds no global but its registry (and Lit its own four)', async () => {
  const added = await tab.page.evaluate(() => {
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const own = new Set(Reflect.ownKeys(blank.contentWindow).map(String));
    blank.remove();
    return Reflect.ownKeys(window).map(String).filter((key) => !own.has(key));
  });
  const allowed = ['Symbol(vertaistuki-widgets)', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
  assert.deepEqual(added.filter((key) => !allowed.includes(key)), []);
  assert.ok(added.includes('litHtmlVersions'), 'the check sees what a script adds');
});
