// End to end: the demo partner page in Chromium, the collector as its own process, a real SQLite file.
// A person signs up, answers the survey, and submits while the collector is down; the coordinator
// reads the admin pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN_TOKEN, eventually, launchBrowser, startSystem } from './helpers.js';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const PORI = /^Porin yksinyrittäjien vertaisryhmä/;

/**
 * Fills in and sends the signup form as a person would.
 * @param {import('playwright-core').Page} page
 * @param {{ name: string, email: string }} person
 */
async function signUp(page, { name, email }) {
  const form = page.locator('vt-group-signup');
  await form.getByRole('radio', { name: PORI }).check();
  await form.getByRole('textbox', { name: /^Nimi/ }).fill(name);
  await form.getByRole('textbox', { name: /^Sähköposti/ }).fill(email);
  await form.getByRole('combobox', { name: /^Roolisi/ }).selectOption({ label: 'Yksinyrittäjä' });
  await form.getByRole('checkbox', { name: /^Annan suostumukseni/ }).check();
  // A form sent within 3 s of appearing is taken for a bot; a test types faster than a person.
  await form.evaluate((element) => element.setAttribute('min-fill-seconds', '0'));
  await form.getByRole('button', { name: 'Ilmoittaudu', exact: true }).click();
}

const TAGS = ['vt-config', 'vt-group-signup', 'vt-reflection-card', 'vt-survey', 'vt-phase-timer'];

/** @param {import('playwright-core').Page} page */
async function openPage(page, url) {
  await page.goto(url);
  // The bundle defines the elements once their code has arrived, which may be after the load event.
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 10_000 }).catch(() => {});
  const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
  assert.deepEqual(missing, [], `the bundle in CDN_DIR does not define ${missing.join(', ')}: these tests need every element`);
  // Groups come from the collector (groups-src), across origins.
  await page.locator('vt-group-signup').getByRole('radio', { name: PORI }).waitFor();
}

const signupsOf = (system, email) => system.query("SELECT id FROM submissions WHERE kind = 'signup' AND email = ?", email);

test('a signup lands as one row and lowers seats left', async (t) => {
  const system = await startSystem(t, browser);
  const { page } = system;
  await openPage(page, system.pageUrl);
  const seatsBefore = (await system.groups())['pori-yksinyrittajat-kevat'].seatsLeft;
  assert.equal(seatsBefore, 8);
  await assert.doesNotReject(page.getByText('8 paikkaa vapaana').first().waitFor());

  await signUp(page, { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi' });
  await page.getByRole('heading', { name: 'Kiitos, ilmoittautumisesi on vastaanotettu!' }).waitFor();

  const rows = system.query("SELECT data, origin FROM submissions WHERE kind = 'signup'");
  assert.equal(rows.length, 1);
  const data = JSON.parse(rows[0].data);
  assert.equal(data.name, 'Aino Virtanen');
  assert.equal(data.group, 'pori-yksinyrittajat-kevat');
  assert.equal(data.role, 'solo-entrepreneur');
  assert.equal(data.waitingList, false);
  assert.equal(rows[0].origin, new URL(system.pageUrl).origin);
  assert.equal((await system.groups())['pori-yksinyrittajat-kevat'].seatsLeft, 7);

  await page.reload();
  await page.locator('vt-group-signup').getByRole('radio', { name: PORI }).waitFor();
  await assert.doesNotReject(page.getByText('7 paikkaa vapaana').first().waitFor());
  assert.deepEqual(system.problems, []);
});

test('a survey answer shows in the admin summary; a shared reflection in the admin list', async (t) => {
  const system = await startSystem(t, browser);
  const { page } = system;
  await openPage(page, system.pageUrl);
  const survey = page.locator('vt-survey');
  await survey.getByRole('group', { name: 'Ilmapiiri oli avoin.' }).getByRole('radio', { name: '5' }).check();
  await survey.getByRole('group', { name: /ryhmän koko/ }).getByRole('radio', { name: 'Sopiva' }).check();
  await survey.getByRole('button', { name: 'Seuraava' }).click();
  await survey.getByRole('textbox', { name: /hyödyllisintä/ }).fill('Kuulin, miten muut hinnoittelevat keikkansa.');
  await survey.getByRole('button', { name: 'Lähetä vastaukset' }).click();
  await survey.getByText('Kiitos palautteestasi!').waitFor();

  const [row] = system.query("SELECT data FROM submissions WHERE kind = 'survey'");
  const data = JSON.parse(row.data);
  assert.equal(data.surveyId, 'tapaamispalaute');
  assert.equal(data.group, 'pori-yksinyrittajat-kevat');
  assert.equal(data.session, 3);
  assert.equal(data.answers.climateOpen, 5);

  // The reflection card sends only after the person has seen exactly what goes, and confirmed.
  const card = page.locator('vt-reflection-card');
  await card.getByRole('textbox').first().fill('Kollega neuvoi ensimmäisen keikan hinnoittelussa.');
  await card.getByRole('button', { name: 'Jaa ohjaajalle' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Jaa ohjaajalle', exact: true }).click();
  await eventually(() => system.query("SELECT 1 FROM submissions WHERE kind = 'reflection'").length === 1, {
    message: 'the shared reflection',
  });

  // The coordinator signs in with the browser's own prompt (HTTP Basic, the token as the password).
  const admin = await browser.newContext({ httpCredentials: { username: 'admin', password: ADMIN_TOKEN } });
  t.after(() => admin.close());
  const adminPage = await admin.newPage();
  const cspViolations = [];
  adminPage.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await adminPage.goto(`${system.collector.url}/admin`);
  await adminPage.getByRole('link', { name: 'Yhteenveto' }).click();
  await adminPage.getByRole('heading', { name: 'Yhteenveto: tapaamispalaute' }).waitFor();
  const question = adminPage.locator('section.question', { has: adminPage.getByRole('heading', { name: 'Ilmapiiri oli avoin.' }) });
  await question.waitFor();
  assert.match(await question.innerText(), /1 vastannut · keskiarvo 5/);
  assert.equal(await question.locator('svg.chart rect.chart-bar').count(), 5, 'a bar for each value of the scale');
  assert.equal(await question.getByRole('row', { name: '5 1' }).count(), 1);
  await adminPage.getByText('Kuulin, miten muut hinnoittelevat keikkansa.').waitFor();
  const stylesApplied = await question.locator('rect.chart-bar').first().evaluate((rect) => getComputedStyle(rect).fill);
  assert.notEqual(stylesApplied, 'rgb(0, 0, 0)', 'the stylesheet loads under the admin CSP');
  await adminPage.getByRole('link', { name: 'Pohdinnat' }).click();
  await adminPage.getByRole('cell', { name: 'Kollega neuvoi ensimmäisen keikan hinnoittelussa.' }).waitFor();
  assert.deepEqual(cspViolations, []);
  assert.deepEqual(system.problems, []);
});

test('with the collector stopped a signup is queued, and after a restart it is stored exactly once', async (t) => {
  const system = await startSystem(t, browser);
  const { page } = system;
  await openPage(page, system.pageUrl);
  await system.stopCollector();

  await signUp(page, { name: 'Eero Jonossa', email: 'eero@example.fi' });
  await page.getByRole('heading', { name: 'Ilmoittautumisesi on tallennettu tälle laitteelle' }).waitFor();
  await page.getByText(/Tiedot on tallennettu tälle laitteelle/).first().waitFor();
  const [queued] = await system.outbox();
  assert.equal(queued.envelope.data.email, 'eero@example.fi');

  await system.restartCollector();
  // The outbox retries on its own (about 2 s, doubling); the element then says the signup was sent.
  await page.getByText('Aiemmin tallennetut tietosi on nyt lähetetty.').first().waitFor({ timeout: 30_000 });
  assert.equal(signupsOf(system, 'eero@example.fi').length, 1);
  assert.equal(signupsOf(system, 'eero@example.fi')[0].id, queued.envelope.id);
  assert.deepEqual(await system.outbox(), []);

  // Nothing more is sent later.
  await page.reload();
  await page.locator('vt-group-signup').getByRole('radio', { name: PORI }).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(system.query('SELECT count(*) AS n FROM submissions')[0].n, 1);
  assert.deepEqual(system.problems, []);
});

test('the collector stops mid-submit, after storing but before answering: queued, then stored once', async (t) => {
  const system = await startSystem(t, browser);
  const { page } = system;
  await openPage(page, system.pageUrl);
  // The request reaches the collector and is stored; then the collector goes down and the connection
  // drops before the answer reaches the page. The page cannot know it was stored: it queues and retries
  // with the same Idempotency-Key, and the collector must not store it twice.
  let reached;
  await page.route('**/api/submissions', async (route) => {
    const response = await route.fetch();
    reached = { status: response.status(), key: route.request().headers()['idempotency-key'] };
    await system.stopCollector();
    await route.abort('connectionreset');
  });
  await signUp(page, { name: 'Kaisa Katkos', email: 'kaisa@example.fi' });
  await page.getByRole('heading', { name: 'Ilmoittautumisesi on tallennettu tälle laitteelle' }).waitFor();
  await page.unroute('**/api/submissions');
  assert.equal(reached.status, 201);
  assert.equal(signupsOf(system, 'kaisa@example.fi').length, 1, 'stored before the answer was lost');
  const [queued] = await system.outbox();
  assert.equal(queued.envelope.id, reached.key);

  await system.restartCollector();
  await page.getByText('Aiemmin tallennetut tietosi on nyt lähetetty.').first().waitFor({ timeout: 30_000 });
  assert.deepEqual(await system.outbox(), []);
  assert.equal(signupsOf(system, 'kaisa@example.fi').length, 1);
  assert.equal(system.query('SELECT count(*) AS n FROM submissions')[0].n, 1);
  assert.equal((await system.groups())['pori-yksinyrittajat-kevat'].seatsLeft, 7);
  assert.deepEqual(system.problems, []);
});

test('a reload while queued still delivers, once', async (t) => {
  const system = await startSystem(t, browser);
  const { page } = system;
  await openPage(page, system.pageUrl);
  await system.stopCollector();

  await signUp(page, { name: 'Liisa Lataa', email: 'liisa@example.fi' });
  await page.getByRole('heading', { name: 'Ilmoittautumisesi on tallennettu tälle laitteelle' }).waitFor();

  // Reloaded while the collector is still down: the page load's retry fails and the signup stays queued.
  await page.reload();
  await page.locator('vt-group-signup').waitFor();
  await eventually(async () => (await system.outbox())[0]?.attempts >= 2, { message: 'a retry on page load' });
  const [waiting] = await system.outbox();
  assert.equal(waiting.envelope.data.email, 'liisa@example.fi');
  assert.equal(signupsOf(system, 'liisa@example.fi').length, 0);

  await system.restartCollector();
  await eventually(() => signupsOf(system, 'liisa@example.fi').length > 0, { timeout: 30_000, message: 'the queued signup' });
  await eventually(async () => (await system.outbox()).length === 0, { message: 'an empty outbox' });
  // The reloaded page's element, which did not send it, still tells the person it has gone.
  await page.getByText('Aiemmin tallennetut tietosi on nyt lähetetty.').first().waitFor();

  // Another reload sends nothing again.
  await page.reload();
  await page.locator('vt-group-signup').getByRole('radio', { name: PORI }).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(signupsOf(system, 'liisa@example.fi').length, 1);
  assert.equal(signupsOf(system, 'liisa@example.fi')[0].id, waiting.envelope.id);
  assert.equal(system.query('SELECT count(*) AS n FROM submissions')[0].n, 1);
  assert.equal((await system.groups())['pori-yksinyrittajat-kevat'].seatsLeft, 7);
  assert.deepEqual(system.problems, []);
});
