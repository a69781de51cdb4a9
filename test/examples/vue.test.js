// examples/vue: a Vue 3 app with the package installed from the `npm pack` tarball, built with Vite.
// Properties go in with `:definition.prop`, vt- events come out with `@vt-submitted`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { build } from 'vite';
import { launch, openPage } from './support/browser.js';
import { serve } from './support/server.js';
import { installExampleApp } from './support/app.js';
import { waitForElements } from './support/elements.js';
import { consumerAppTests } from './support/consumer-app.js';

const app = {};
let example, browser;

before(async () => {
  example = await installExampleApp('vue', ['vue']);
  // A development build: Vue and Lit then warn on the console about anything amiss, and the test fails
  // on any warning. Vite takes development from NODE_ENV (this test's own process).
  process.env.NODE_ENV = 'development';
  await build({ root: example.app, mode: 'development', logLevel: 'silent', build: { minify: false } });
  app.server = await serve({ mounts: { '/': join(example.app, 'dist') } });
  browser = await launch();
  // Lit's development build (chosen by the same NODE_ENV) says so once; anything else counts.
  app.tab = await openPage(browser, `${app.server.origin}/`, { allowConsole: [/^Lit is in dev mode/] });
  await waitForElements(app.tab.page);
});

after(async () => {
  await browser?.close();
  await app.server?.close();
  await example?.remove();
});

test('the app is built from the tarball', async () => {
  assert.ok((await readdir(join(example.app, 'node_modules', 'vertaistuki-widgets', 'dist'))).includes('all.js'));
  assert.ok((await readdir(join(example.app, 'dist', 'assets'))).some((file) => file.endsWith('.js')));
});

consumerAppTests(app);
