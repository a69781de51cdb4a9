// The GDPR erasure done as a coordinator does it: in a real browser (Debian's Chromium through
// playwright-core), signed in with the browser's own login prompt (HTTP Basic). The other collector
// tests send the headers they expect; a browser sends what its policies say (Origin: null under
// Referrer-Policy: no-referrer, Sec-Fetch-Site), and that is what the cross-site check must read.
// Also the attacks: a form on another site, and one on the same host but another port (same-site),
// both posting to /admin/erase with the coordinator's stored password.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import process from 'node:process';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { TOKEN, signup, startTestCollector } from './helpers.js';

const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60_000, // a loaded CI machine may take a while to start it
  });

/**
 * Each browser step within 45 s, or the test fails naming the step (rather than waiting for the test's
 * own timeout without saying where it stood).
 * @template T
 * @param {string} label
 * @param {() => Promise<T>} step
 * @returns {Promise<T>}
 */
async function within(label, step) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result in 45 s`)), 45_000);
  });
  try {
    return /** @type {T} */ (await Promise.race([step(), late]));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A page on another origin whose form posts to the collector's erase action, as a hostile site would.
 * @param {import('node:test').TestContext} t
 * @param {string} action  the collector's /admin/erase URL
 * @param {string} id  the submission to erase
 */
async function attackerSite(t, action, id) {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Voita palkinto</title>
      <form method="post" action="${action}"><input type="hidden" name="erase" value="${id}"><button>Lunasta</button></form>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return /** @type {import('node:net').AddressInfo} */ (server.address()).port;
}

test('the coordinator erases a signup in Chromium; another site or another port on the host cannot', { timeout: 180_000 }, async (t) => {
  const collector = await startTestCollector(t);
  const person = signup({ email: 'poistettava@example.fi', name: 'Poistettava Henkilö' });
  const target = signup({ email: 'kohde@example.fi', name: 'Hyökkäyksen Kohde' });
  for (const envelope of [person, target]) assert.equal((await collector.post(envelope)).status, 201);
  const stored = async (/** @type {string} */ id) => (await collector.one('SELECT count(*) AS n FROM submissions WHERE id = ?', id)).n;

  const browser = await within('launch Chromium', launch);
  t.after(() => within('close Chromium', () => browser.close()));
  // The coordinator has typed the token into the browser's login prompt; Chromium sends it with every
  // request to the collector, also with one that another site starts: that is why the check exists.
  const context = await browser.newContext({ httpCredentials: { username: 'admin', password: TOKEN } });
  const page = await within('open a page', () => context.newPage());

  // The whole flow: search by email, see what will go, confirm.
  await within('open the erase page', () => page.goto(`${collector.url}/admin/erase`));
  await within('type the email', () => page.getByLabel('Sähköpostiosoite').fill('POISTETTAVA@example.fi'));
  const [found] = await within('search', () =>
    Promise.all([page.waitForResponse('**/admin/erase'), page.getByRole('button', { name: 'Hae poistettavat' }).click()]),
  );
  assert.equal(found.status(), 200);
  assert.match(await within('read the confirmation', () => page.content()), /Poistettava Henkilö/);
  const [done] = await within('confirm', () =>
    Promise.all([page.waitForResponse('**/admin/erase'), page.getByRole('button', { name: /Poista pysyvästi/ }).click()]),
  );
  assert.equal(done.status(), 200);
  assert.match(await within('read the result', () => page.getByRole('status').innerText()), /1 lähetystä poistettu/);
  assert.equal(await stored(person.id), 0);

  // Attacks, in the same signed-in browser.
  const collectorPort = new URL(collector.url).port;
  const action = `http://127.0.0.1:${collectorPort}/admin/erase`;
  const attackerPort = await attackerSite(t, action, target.id);
  for (const [what, origin] of [
    ['cross-site', `http://localhost:${attackerPort}`], // another site
    ['same-site, another port', `http://127.0.0.1:${attackerPort}`], // same host, another origin
  ]) {
    const attacker = await within(`${what}: open a page`, () => context.newPage());
    await within(`${what}: open the attacker's page`, () => attacker.goto(`${origin}/`));
    const [refused] = await within(`${what}: post the form`, () =>
      Promise.all([
        attacker.waitForResponse((response) => response.url() === action && response.status() !== 401),
        attacker.getByRole('button', { name: 'Lunasta' }).click(),
      ]),
    );
    assert.equal(refused.status(), 403, what);
    assert.equal(await stored(target.id), 1, `${what}: nothing erased`);
    // Not awaited: closing a page whose refused form post is still settling has hung Chromium here
    // (three times in twenty runs, on a loaded machine); the browser is closed with the test anyway.
    void attacker.close().catch(() => undefined);
  }
});
