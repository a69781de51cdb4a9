// The CDN entry fetches the elements' code and the page language's texts at once, not one after the
// other: on a slow network each link of a chain is a round trip before the first question shows. The
// main chunk is held back here; a page whose texts wait for it would ask for them only after.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './support/browser.js';
import { serve, cdnDir } from './support/server.js';
import { snippetBlocks } from '../../scripts/lib/snippets.js';

const HELD_MS = 500;
let browser, server, pages;

before(async () => {
  browser = await launch();
  pages = await mkdtemp(join(tmpdir(), 'vt-parallel-'));
  const page = (body, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/cdn/ENTRY"></script></head><body>${body}</body></html>`;
  await writeFile(join(pages, 'survey.html'), page('<vt-survey preset="peer-group-satisfaction"></vt-survey>', 'sv'));
  // A definition that needs a matrix with cells, a ranking, a condition, arithmetic and a time limit.
  const features = {
    showTimer: true,
    maxTimeToFinish: 600,
    elements: [
      { type: 'ranking', name: 'order', choices: ['a', 'b'] },
      { type: 'matrixdynamic', name: 'kids', columns: [{ name: 'age', cellType: 'text' }] },
      { type: 'text', name: 'why', visibleIf: '{order} notempty' },
      { type: 'expression', name: 'sum', expression: '1 + 2' },
    ],
  };
  await writeFile(
    join(pages, 'features.html'),
    page(`<vt-survey allow-multiple><script type="application/json">${JSON.stringify(features)}</script></vt-survey>`, 'en'),
  );
  // A survey a script makes, as a developer would: no <vt-survey> in the HTML when the entry runs.
  const scripted = {
    elements: [
      { type: 'text', name: 'mail', title: 'Mail', inputType: 'email' },
      { type: 'comment', name: 'why', title: 'Why', visibleIf: '{mail} notempty' },
    ],
  };
  await writeFile(
    join(pages, 'scripted.html'),
    page(
      `<main></main><script type="module">await customElements.whenDefined('vt-survey');
      const survey = document.createElement('vt-survey');
      survey.definition = ${JSON.stringify(scripted)};
      document.querySelector('main').append(survey);</script>`,
      'en',
    ),
  );
  await writeFile(join(pages, 'card.html'), page('<div lang="en"><vt-reflection-card></vt-reflection-card></div>', 'fi'));
  server = await serve({ mounts: { '/pages/': pages, '/cdn/': cdnDir } });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(pages, { recursive: true, force: true });
});

/** Loads `page` with `entry`, the main chunk held back; what was asked for before it arrived, and after. */
async function load(page, entry, ready) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const asked = [];
  let mainArrived = false;
  await tab.route('**/chunks/main-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    const response = await route.fetch();
    mainArrived = true;
    await route.fulfill({ response });
  });
  tab.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    // The texts, and the expression parser.
    if (/^(fi|sv|en|parser)-/.test(file)) asked.push({ file, beforeMain: !mainArrived });
  });
  await tab.route('**/pages/*.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('ENTRY', entry) });
  });
  await tab.goto(`${server.origin}/pages/${page}`);
  await tab.waitForFunction(ready, undefined, { timeout: 15_000 });
  await context.close();
  return asked;
}

test('a survey page asks for its language’s texts and preset questionnaire while the code is on its way', async () => {
  for (const entry of ['survey.js', 'vertaistuki.js']) {
    const asked = await load('survey.html', entry, () =>
      document.querySelector('vt-survey')?.shadowRoot?.querySelector('fieldset legend'),
    );
    // Two Swedish chunks (the texts and the questionnaire), both before the main chunk came; no other language.
    assert.equal(asked.length, 2, `${entry}: ${JSON.stringify(asked)}`);
    for (const { file, beforeMain } of asked) {
      assert.match(file, /^sv-/, entry);
      assert.equal(beforeMain, true, `${entry}: ${file} was asked for only after the code arrived`);
    }
  }
});

test('a survey with a definition of its own gets the expression parser while the code is on its way; the preset’s page never asks for it', async () => {
  for (const entry of ['survey.js', 'vertaistuki.js']) {
    const asked = await load('features.html', entry, () => document.querySelector('vt-survey')?.shadowRoot?.querySelector('output'));
    const parser = asked.filter(({ file }) => file.startsWith('parser-'));
    assert.equal(parser.length, 1, `${entry}: ${JSON.stringify(asked)}`);
    assert.equal(parser[0].beforeMain, true, `${entry}: the parser was asked for only after the code arrived`);
  }
});

test('a page that makes its survey by script gets the parser while the code is on its way; an email field needs no chunk more', async () => {
  // The survey's own file: the all-in-one file may serve a page with no survey at all.
  const entry = 'survey.js';
  const context = await browser.newContext();
  const tab = await context.newPage();
  const chunks = [];
  tab.on('request', (request) => chunks.push(new URL(request.url()).pathname.split('/').pop()));
  await tab.route('**/pages/*.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('ENTRY', entry) });
  });
  await tab.goto(`${server.origin}/pages/scripted.html`);
  await tab.locator('vt-survey input[type="email"]').fill('someone@');
  await tab.locator('vt-survey [part="submit"]').click();
  // The email input's own check, worded in the page's language, with no validators' chunk fetched.
  await tab.locator('vt-survey #q0-error', { hasText: 'Please enter a valid e-mail address.' }).waitFor({ timeout: 15_000 });
  assert.deepEqual(chunks.filter((file) => file.startsWith('validators-')), [], JSON.stringify(chunks));
  await context.close();
  const asked = await load('scripted.html', entry, () => document.querySelector('vt-survey')?.shadowRoot?.querySelector('input[type="email"]'));
  assert.deepEqual(
    asked.map(({ file, beforeMain }) => [file.split('-')[0], beforeMain]),
    [['en', true], ['parser', true]],
    JSON.stringify(asked),
  );
});

test('an element in a part of the page in another language gets that language’s texts early', async () => {
  const asked = await load('card.html', 'reflection-card.js', () =>
    document.querySelector('vt-reflection-card')?.shadowRoot?.querySelector('textarea'),
  );
  assert.deepEqual(
    asked.map(({ file, beforeMain }) => [file.slice(0, 2), beforeMain]),
    [['en', true]],
  );
});

test('a survey asks for every feature chunk its definition needs at once, none only after another arrived', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const asked = [];
  const arrived = new Set();
  // Each feature chunk is held back: a chunk asked for only once another has come would show as asked after it.
  await tab.route('**/chunks/*.js', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    const held = !/^(main|fi|sv|en)-/.test(file);
    if (held) asked.push({ file, after: [...arrived] });
    if (held) await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    const response = await route.fetch();
    await route.fulfill({ response });
    if (held) arrived.add(file);
  });
  await tab.route('**/pages/*.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('ENTRY', 'survey.js') });
  });
  await tab.goto(`${server.origin}/pages/features.html`);
  await tab.waitForFunction(() => document.querySelector('vt-survey')?.shadowRoot?.querySelector('table output, table input, output'), undefined, { timeout: 15_000 });
  await context.close();
  const names = asked.map(({ file }) => file.slice(0, -'-12345678.js'.length));
  // The ranking's family and the matrices, the styles they share, the parser and the computing, the clock.
  for (const name of ['choices-more', 'matrices', 'family-styles', 'parser', 'expression', 'time-limit', 'time-limit-read']) assert.ok(names.includes(name), `${name} in ${JSON.stringify(names)}`);
  for (const { file, after } of asked) assert.deepEqual(after, [], `${file} was asked for only after ${after.join(', ')} arrived`);
});

test('each entry’s snippet (cdn/snippets/) hints at the chunks the entry fetches at once, for each language and kind of survey', async () => {
  const snippets = await readdir(join(cdnDir, 'snippets'));
  assert.ok(snippets.includes('survey.html') && snippets.includes('vertaistuki.html'), JSON.stringify(snippets));
  for (const snippet of snippets) {
    const name = snippet.replace(/\.html$/, '.js');
    const entry = await readFile(join(cdnDir, name), 'utf8');
    const blocks = snippetBlocks(await readFile(join(cdnDir, 'snippets', snippet), 'utf8'));
    const survey = name == 'survey.js' || name == 'vertaistuki.js';
    assert.equal(blocks.size, survey ? 6 : 3, `${snippet}: ${[...blocks.keys()]}`);
    for (const [title, block] of blocks) {
      const language = title.slice(0, 2);
      assert.ok(block.endsWith(`<script type="module" src="/assets/${name}"></script>`), `${snippet} ${title}: ${block}`);
      const hinted = [...block.matchAll(/<link rel="modulepreload" href="\/assets\/(chunks\/[\w-]+\.js)">/g)].map(([, file]) => file);
      // The main chunk, the texts (the config has none), and a survey's parser or preset questionnaire.
      const kinds = name == 'config.js' ? ['main'] : ['main', language, ...(survey ? [title.endsWith('preset survey') ? language : 'parser'] : [])];
      assert.deepEqual(hinted.map((file) => file.split('/')[1].split('-')[0]), kinds, `${snippet} ${title}`);
      for (const file of hinted) assert.ok(entry.includes(`./${file}`), `${snippet} ${title}: ${name} does not fetch ${file}`);
    }
  }
});
