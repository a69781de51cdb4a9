#!/usr/bin/env node
// Opens every story of a built Storybook in Chromium and fails on a console error, a page error, a
// request to anywhere but the Storybook server, or an axe-core violation of WCAG 2.0, 2.1 and 2.2 A/AA.
//
//   node scripts/check-storybook.js [storybook-dir] [--filter <text>] [--jobs <n>]
//
// storybook-dir defaults to $STORYBOOK_DIR or storybook-static/ (`npm run build-storybook`). --filter
// checks only stories whose id contains the text; --jobs is how many stories are open at once (3).
// Chromium comes from $CHROME_PATH, else Debian's /usr/bin/chromium. A story that has not rendered in
// $STORY_TIMEOUT_MS (60000: generous, for a loaded CI machine) fails.
//
// Each story starts with emptied storage, so a draft, a timer state or an outbox entry left by one
// story cannot change what the next one shows. The helpers are exported for
// test/e2e-a11y/, which opens the same stories.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.js';

/** The axe-core tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA (wcag22a holds no rules in axe 4). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What a story is for, where that is a failure: the console error or the refused request is the point
 * of the story. Anything else in the console, and any other request leaving the Storybook server,
 * fails the check.
 */
export const EXPECTED = {
  // The endpoint is down on purpose (port 9): the browser logs the refused request.
  'elements-vt-group-signup--offline-queued': {
    console: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/],
    requests: [/^http:\/\/127\.0\.0\.1:9\//],
  },
  'elements-vt-reflection-card--share-queued': {
    console: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/],
    requests: [/^http:\/\/127\.0\.0\.1:9\//],
  },
  // A definition the survey cannot run: the element names every problem for the page editor.
  'elements-vt-survey--invalid-definition': { console: [/<vt-survey> cannot show its definition/] },
  // A definition that is not there: the 404 and the element's own message.
  'elements-vt-survey--load-error': {
    console: [/Failed to load resource: the server responded with a status of 404/, /<vt-survey> could not load \/no-such-survey\.json \(httpError 404\)/],
  },
  // An exercise that does not exist: a message for the page editor.
  'elements-vt-reflection-card--unknown-exercise': { console: [/<vt-reflection-card> has no prompts/] },
};

/** Storybook's own elements in the preview iframe; hidden while a story shows, and never ours. */
const STORYBOOK_CHROME = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];

const require = createRequire(import.meta.url);
let axeSource;
function axeScript() {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The stories (not docs pages) of a built Storybook, in the index's order. */
export function readStories(directory) {
  const file = join(directory, 'index.json');
  if (!existsSync(file)) {
    throw new Error(`${file} not found: build Storybook first (npm run build-storybook).`);
  }
  const index = JSON.parse(readFileSync(file, 'utf8'));
  return Object.values(index.entries ?? index.stories ?? {})
    .filter((entry) => (entry.type ?? 'story') === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** Starts the static server for a built Storybook: `{ url, close, stories }`. */
export async function serveStorybook(directory = process.env.STORYBOOK_DIR ?? 'storybook-static') {
  const stories = readStories(directory);
  const server = await startStaticServer(directory);
  return { ...server, stories };
}

/**
 * A browser context that refuses every request to anywhere but `baseUrl`, as a machine without the
 * network would, and lists them in `context.outsideRequests` (`{ url, page }`; each page's problems
 * show its own).
 */
export async function newStoryContext(browser, baseUrl, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.outsideRequests = [];
  await context.route(
    (url) => url.origin !== baseUrl,
    (route) => {
      const request = route.request();
      let page;
      try {
        page = request.frame().page();
      } catch {
        // A worker's request has no frame; it still counts for the context.
      }
      context.outsideRequests.push({ url: request.url(), page });
      return route.abort('connectionrefused');
    },
  );
  return context;
}

/**
 * A page that opens stories one after another: `await tab.open(id)` empties the origin's storage,
 * opens the story and waits until it has settled, and resolves to what it records for that story:
 * `{ console, pageErrors, requests }` (console errors, page errors, requests outside `baseUrl`). Reusing
 * one page keeps its renderer warm: a story then loads in about half the time of a new page.
 */
export async function storyTab(context, baseUrl) {
  const page = await context.newPage();
  let problems;
  page.on('console', (message) => {
    if (message.type() === 'error') problems?.console.push(message.text());
  });
  page.on('pageerror', (error) => problems?.pageErrors.push(String(error?.stack ?? error)));
  return {
    page,
    /** What was recorded for the story being opened or last opened, also when opening failed. */
    get problems() {
      return problems ?? { console: [], pageErrors: [], requests: [] };
    },
    async open(id, options) {
      // Leave the last story first (its pagehide handlers may still save), then empty the storage it
      // left: any same-origin document reaches it, and a 404 is the cheapest.
      problems = undefined;
      await page.goto(`${baseUrl}/.empty-page-for-storage`);
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      const before = context.outsideRequests.length;
      const recorded = { console: [], pageErrors: [] };
      Object.defineProperty(recorded, 'requests', {
        enumerable: true,
        get: () =>
          context.outsideRequests
            .slice(before)
            .filter((request) => !request.page || request.page === page)
            .map((request) => request.url),
      });
      problems = recorded;
      await openStory(page, baseUrl, id, options);
      return recorded;
    },
    close: () => page.close(),
  };
}

/** The iframe address of one story; Storybook's a11y add-on is told not to run axe itself. */
export function storyUrl(baseUrl, id) {
  return `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`;
}

/**
 * Opens a story and waits until Storybook has finished it (render, loaders, play function) and every
 * Lit element on the page, in shadow roots too, has settled. Throws if Storybook shows an error.
 */
export async function openStory(page, baseUrl, id, { timeout = Number(process.env.STORY_TIMEOUT_MS ?? 60_000) } = {}) {
  await page.goto(storyUrl(baseUrl, id), { waitUntil: 'domcontentloaded', timeout });
  const phase = await page
    .waitForFunction(
      (storyId) => {
        if (document.body.classList.contains('sb-show-errordisplay')) return 'errored';
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.id !== storyId) return false;
        return ['finished', 'errored', 'aborted'].includes(render.phase) ? render.phase : false;
      },
      id,
      { timeout, polling: 50 },
    )
    .then((handle) => handle.jsonValue());
  if (phase !== 'finished') {
    const shown = await page.evaluate(() => document.querySelector('#error-message, .sb-errordisplay')?.textContent ?? '');
    throw new Error(`Storybook could not show the story (${phase}): ${shown.replace(/\s+/g, ' ').trim().slice(0, 500)}`);
  }
  await settle(page);
}

/**
 * Waits for every Lit element (in every shadow root) to finish updating and the DOM to stay still for
 * `quietMs`; gives up after `rounds` tries, as a running timer changes every second on purpose.
 */
export async function settle(page, { quietMs = 150, rounds = 20 } = {}) {
  await page.evaluate(
    async ({ quietMs, rounds }) => {
      const roots = () => {
        const found = [document];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) {
              found.push(element.shadowRoot);
              walk(element.shadowRoot);
            }
          }
        };
        walk(document);
        return found;
      };
      const stillFor = (ms) =>
        new Promise((done) => {
          let changed = false;
          const observer = new MutationObserver(() => (changed = true));
          for (const root of roots()) {
            observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          }
          setTimeout(() => {
            observer.disconnect();
            done(!changed);
          }, ms);
        });
      await document.fonts?.ready;
      for (let round = 0; round < rounds; round++) {
        const lit = roots()
          .flatMap((root) => [...root.querySelectorAll('*')])
          .filter((element) => element.updateComplete instanceof Promise);
        await Promise.all(lit.map((element) => element.updateComplete));
        if (await stillFor(quietMs)) return;
      }
    },
    { quietMs, rounds },
  );
}

/** Runs axe-core over the page, Storybook's own chrome left out. Resolves to axe's results. */
export async function runAxe(page, tags = WCAG_TAGS) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: axeScript() });
  }
  return page.evaluate(
    async ({ exclude, tags }) =>
      window.axe.run(
        { exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] },
      ),
    { exclude: STORYBOOK_CHROME, tags },
  );
}

/** What was recorded that neither the story (EXPECTED) nor `also` (same shape) expects. */
export function unexpectedProblems(id, problems, also = {}) {
  const expected = EXPECTED[id] ?? {};
  const allowed = (kind, text) => [...(expected[kind] ?? []), ...(also[kind] ?? [])].some((pattern) => pattern.test(text));
  return {
    console: problems.console.filter((text) => !allowed('console', text)),
    pageErrors: problems.pageErrors,
    requests: problems.requests.filter((url) => !allowed('requests', url)),
  };
}

/** One story: open it, settle, run axe. Never throws; everything goes into the result. */
async function checkStory(tab, story) {
  const started = Date.now();
  const result = { id: story.id, violations: [], incomplete: 0, failure: undefined };
  try {
    await tab.open(story.id);
    const axe = await runAxe(tab.page);
    result.violations = axe.violations;
    result.incomplete = axe.incomplete.reduce((count, rule) => count + rule.nodes.length, 0);
  } catch (error) {
    result.failure = String(error?.message ?? error).split('\n')[0];
  }
  Object.assign(result, unexpectedProblems(story.id, tab.problems), { ms: Date.now() - started });
  result.ok =
    !result.failure &&
    !result.violations.length &&
    !result.console.length &&
    !result.pageErrors.length &&
    !result.requests.length;
  return result;
}

function target(node) {
  // Inside a shadow root axe gives a path: [host selector, selector in its shadow root, ...].
  return node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | ');
}

function report(results, elapsedMs) {
  const rows = results.map((r) => ({
    story: r.id,
    result: r.ok ? 'ok' : 'FAIL',
    axe: r.violations.reduce((count, rule) => count + rule.nodes.length, 0),
    review: r.incomplete,
    console: r.console.length + r.pageErrors.length,
    requests: r.requests.length,
    ms: r.ms,
  }));
  const columns = Object.keys(rows[0] ?? { story: '' });
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(c.length, ...rows.map((row) => String(row[c]).length))]));
  const line = (row) => columns.map((c) => (typeof row[c] === 'number' ? String(row[c]).padStart(width[c]) : String(row[c]).padEnd(width[c]))).join('  ');
  console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
  console.log(columns.map((c) => '-'.repeat(width[c])).join('  '));
  for (const row of rows) console.log(line(row));

  const failed = results.filter((r) => !r.ok);
  for (const r of failed) {
    console.log(`\n✗ ${r.id}`);
    if (r.failure) console.log(`  did not render: ${r.failure}`);
    for (const rule of r.violations) {
      console.log(`  axe ${rule.id} (${rule.impact}; ${rule.tags.filter((tag) => /^wcag\d/.test(tag)).join(', ')}): ${rule.help}`);
      console.log(`    ${rule.helpUrl}`);
      for (const node of rule.nodes) {
        console.log(`    at ${target(node)}`);
        const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
        if (summary) console.log(`       ${summary}`);
      }
    }
    for (const text of r.console) console.log(`  console error: ${text.slice(0, 500)}`);
    for (const text of r.pageErrors) console.log(`  page error: ${text.split('\n')[0].slice(0, 500)}`);
    for (const url of r.requests) console.log(`  request outside Storybook (refused): ${url}`);
  }
  const review = results.reduce((count, r) => count + r.incomplete, 0);
  console.log(
    `\n${results.length} stories, ${failed.length} failed, ` +
      `${results.reduce((count, r) => count + r.violations.length, 0)} axe rule violation(s), ` +
      `${review} node(s) axe could not decide (not failures; see "review"), ${(elapsedMs / 1000).toFixed(1)} s.`,
  );
  return failed.length === 0;
}

function parseArguments(argv) {
  const options = { directory: process.env.STORYBOOK_DIR ?? 'storybook-static', filter: '', jobs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--filter') options.filter = argv[++i] ?? '';
    else if (argument === '--jobs') options.jobs = Math.max(1, Number(argv[++i]) || 1);
    else if (argument.startsWith('--')) throw new Error(`Unknown option ${argument}`);
    else options.directory = argument;
  }
  return options;
}

async function main() {
  const started = Date.now();
  const options = parseArguments(process.argv.slice(2));
  const storybook = await serveStorybook(resolve(options.directory));
  const stories = storybook.stories.filter((story) => story.id.includes(options.filter));
  if (!stories.length) throw new Error(`No stories${options.filter ? ` matching "${options.filter}"` : ''} in ${options.directory}.`);
  const browser = await launchChromium();
  const results = new Array(stories.length);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(options.jobs, stories.length) }, async () => {
        // One context and page per worker: a warm cache and renderer; each story gets empty storage.
        const context = await newStoryContext(browser, storybook.url);
        let tab = await storyTab(context, storybook.url);
        while (next < stories.length) {
          const at = next++;
          results[at] = await checkStory(tab, stories[at]);
          // After a failure the page may be in any state: the next story gets a new one.
          if (!results[at].ok) tab = await tab.close().then(() => storyTab(context, storybook.url));
        }
        await context.close();
      }),
    );
  } finally {
    await browser.close();
    await storybook.close();
  }
  const unused = Object.keys(EXPECTED).filter((id) => !storybook.stories.some((story) => story.id === id));
  if (unused.length) console.warn(`check-storybook: EXPECTED names stories that do not exist: ${unused.join(', ')}`);
  return report(results, Date.now() - started);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`check-storybook: ${error?.stack ?? error}`);
      process.exit(1);
    },
  );
}
